// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/CsvImporter.h"

#include "models/domain/Client.h"
#include "models/domain/Contact.h"
#include "models/store/ClientRepository.h"
#include "models/store/SearchIndex.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <limits>
#include <optional>
#include <utility>

namespace ClientDesk {

namespace {
using Entity = CsvImporter::Entity;
using RowError = CsvImporter::RowError;

constexpr qint64 CopyBlockSize = 64 * 1024;
// Distinct client references remembered while importing contacts; the cache starts over when
// full, so memory stays flat however many contacts the file holds.
constexpr qsizetype MaxCachedClients = 10000;

RowError lineError(qint64 line, const QString &message)
{
    return {line, CsvImporter::tr("Line %1: %2").arg(QString::number(line), message)};
}

RowError columnError(qint64 line, const QString &column, const QString &message)
{
    return {
        line,
        CsvImporter::tr("Line %1, column \"%2\": %3").arg(QString::number(line), column, message)};
}

Error cancelled()
{
    return Error(ErrorKind::Io, CsvImporter::tr("The import was cancelled; nothing was imported."));
}

Error fileChanged()
{
    return Error(
        ErrorKind::InvalidInput,
        CsvImporter::tr("The file or the workspace changed while the file was being imported; "
                        "nothing was imported. Try again."));
}

// Lower case, without accents, spaces or punctuation: "E-Mail" and "e_mail" are both "email".
QString simplifiedName(const QString &text)
{
    QString simplified;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            simplified += c;
    }
    return simplified.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *name : list)
        result << QString::fromLatin1(name);
    return result;
}

// Per field, the simplified header names suggested for it, best first; none is listed twice
// within one entity.
const QList<std::pair<QString, QStringList>> &synonyms(Entity entity)
{
    static const QStringList email =
        names({"email", "emailaddress", "mail", "emailadresse", "mailadresse", "courriel",
               "adressecourriel", "adresseemail", "adressemail", "mel"});
    static const QStringList phone =
        names({"phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile", "telefon",
               "telefonnummer", "handy", "numerodetelephone", "portable"});
    static const QList<std::pair<QString, QStringList>> clients {
        {QStringLiteral("name"),
         names({"name",        "company",      "companyname",  "client",           "clientname",
                "customer",    "customername", "organisation", "organization",     "account",
                "accountname", "firma",        "firmenname",   "unternehmen",      "kunde",
                "kundenname",  "societe",      "entreprise",   "nomdelentreprise", "nomdelasociete",
                "nom"})},
        {QStringLiteral("legal_name"),
         names({"legalname", "legalentity", "registeredname", "companylegalname", "firmierung",
                "offiziellername", "rechtlichername", "raisonsociale", "denominationsociale",
                "nomlegal"})},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("billing_address"),
         names({"billingaddress", "address", "invoiceaddress", "postaladdress", "rechnungsadresse",
                "adresse", "anschrift", "postanschrift", "adressedefacturation",
                "adressepostale"})},
        {QStringLiteral("tax_id"),
         names({"taxid", "vatid", "vatnumber", "vat", "taxnumber", "vatregistrationnumber", "ustid",
                "ustidnr", "ustidnummer", "umsatzsteueridentifikationsnummer", "steuernummer",
                "numerodetva", "numerotva", "tva", "tvaintracommunautaire",
                "numerodetvaintracommunautaire"})},
        {QStringLiteral("notes"),
         names({"notes", "note", "comments", "comment", "remarks", "notizen", "notiz",
                "bemerkungen", "bemerkung", "anmerkungen", "kommentar", "remarques", "remarque",
                "commentaires", "commentaire"})},
        {QStringLiteral("status"), names({"status", "state", "statut", "etat", "zustand"})},
        {QStringLiteral("tags"),
         names({"tags", "tag", "labels", "label", "schlagworter", "schlagwort", "stichworter",
                "etiketten", "etiquettes", "etiquette", "motscles"})},
    };
    static const QList<std::pair<QString, QStringList>> contacts {
        {QStringLiteral("client"),
         names({"client", "clientid", "clientname", "company", "companyname", "customer",
                "organisation", "organization", "account", "firma", "firmenname", "kunde",
                "kundenname", "unternehmen", "societe", "entreprise"})},
        {QStringLiteral("name"),
         names({"name", "contact", "contactname", "fullname", "person", "ansprechpartner",
                "kontakt", "kontaktname", "nom", "nomcomplet", "interlocuteur"})},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("role"),
         names({"role", "jobtitle", "title", "position", "function", "rolle", "funktion",
                "fonction", "poste", "titre"})},
    };
    return entity == Entity::Clients ? clients : contacts;
}

QStringList requiredFields(Entity entity)
{
    if (entity == Entity::Clients)
        return {QStringLiteral("name")};
    return {QStringLiteral("client"), QStringLiteral("name")};
}

// Which header column holds each field.
class Columns
{
public:
    void add(const QString &field, qsizetype index, const QString &header)
    {
        m_columns.insert(field, {index, header});
    }
    bool has(const QString &field) const { return m_columns.contains(field); }
    QString cell(const CsvReader::Record &record, const QString &field) const
    {
        const auto found = m_columns.constFind(field);
        return found == m_columns.cend() ? QString() : record.fields.value(found->first);
    }
    QString header(const QString &field) const { return m_columns.value(field).second; }

private:
    QHash<QString, std::pair<qsizetype, QString>> m_columns;
};

QList<qsizetype> columnsNamed(const QStringList &header, const QString &name)
{
    QList<qsizetype> exact;
    QList<qsizetype> loose;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i) == name)
            exact << i;
        else if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            loose << i;
    }
    return exact.isEmpty() ? loose : exact;
}

// Resolves `mapping` against the header; what cannot be resolved is reported at `line`.
Columns resolveColumns(Entity entity, const QStringList &header, QHash<QString, QString> mapping,
                       qint64 line, QList<RowError> &errors)
{
    if (mapping.isEmpty())
        mapping = CsvImporter::suggestMapping(entity, header);
    const QStringList known = CsvImporter::fields(entity);
    QStringList keys = mapping.keys();
    keys.sort();
    Columns columns;
    QStringList mentioned;
    for (const QString &key : std::as_const(keys)) {
        const QString field = mapping.value(key).trimmed();
        if (field.isEmpty())
            continue;
        mentioned << field;
        if (!known.contains(field)) {
            errors << lineError(
                line,
                CsvImporter::tr("column \"%1\" is mapped to \"%2\", which is not a field; the "
                                "fields are %3.")
                    .arg(key, field, known.join(QStringLiteral(", "))));
            continue;
        }
        const QList<qsizetype> matches = columnsNamed(header, key);
        if (matches.isEmpty()) {
            errors << lineError(line, CsvImporter::tr("the file has no column \"%1\".").arg(key));
        } else if (matches.size() > 1) {
            errors << lineError(
                line,
                CsvImporter::tr("more than one column is named \"%1\"; give each column its "
                                "own name.")
                    .arg(key));
        } else if (columns.has(field)) {
            errors << lineError(
                line,
                CsvImporter::tr("both \"%1\" and \"%2\" are mapped to the field \"%3\".")
                    .arg(columns.header(field), key, field));
        } else {
            columns.add(field, matches.constFirst(), header.at(matches.constFirst()));
        }
    }
    for (const QString &field : requiredFields(entity)) {
        if (!columns.has(field) && !mentioned.contains(field))
            errors << lineError(
                line,
                CsvImporter::tr("no column is mapped to the field \"%1\", which every row "
                                "needs.")
                    .arg(field));
    }
    return columns;
}

QStringList splitTags(const QString &cell)
{
    // Tags cannot hold a comma (Client::validate), so a comma separates them as well.
    static const QRegularExpression separators(QStringLiteral("[;|,]"));
    QStringList tags;
    for (const QString &part : cell.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

// Finds the client a contact row names, by id or by name (whole name, any case).
class ClientFinder
{
public:
    enum class Match { Found, Missing, Ambiguous };
    struct Outcome
    {
        Match match = Match::Missing;
        QString id;
    };

    explicit ClientFinder(Store &store)
        : m_store(store)
    { }

    Result<Outcome> find(const QString &reference)
    {
        const auto cached = m_cache.constFind(reference);
        if (cached != m_cache.cend())
            return *cached;
        auto outcome = lookUp(reference);
        if (!outcome)
            return outcome;
        if (m_cache.size() >= MaxCachedClients)
            m_cache.clear();
        m_cache.insert(reference, *outcome);
        return outcome;
    }

private:
    // SQLite's NOCASE folds ASCII only; the search index (unicode61) folds every script, so
    // candidates come from both and Qt's case folding decides.
    Result<Outcome> lookUp(const QString &reference)
    {
        const QString phrase = SearchIndex::matchExpression(reference).remove(QLatin1Char('*'));
        QString sql =
            QStringLiteral("SELECT id, name FROM client WHERE deleted_at IS NULL "
                           "AND status <> 'erased' AND (id = ? OR name = ? COLLATE NOCASE");
        if (!phrase.isEmpty())
            sql += QStringLiteral(" OR rowid IN (SELECT docid / 8 FROM search_index "
                                  "WHERE title MATCH ? AND docid % 8 = %1)")
                       .arg(static_cast<int>(SearchIndex::Kind::Client));
        sql += QLatin1Char(')');
        QSqlQuery query(m_store.database());
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(reference);
        query.addBindValue(reference);
        if (!phrase.isEmpty())
            query.addBindValue(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        if (!query.exec())
            return StoreError::from(query.lastError());
        const QString wanted = reference.normalized(QString::NormalizationForm_C);
        QStringList byName;
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (id == reference)
                return Outcome {Match::Found, id};
            const QString name =
                query.value(1).toString().trimmed().normalized(QString::NormalizationForm_C);
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                byName << id;
        }
        if (byName.isEmpty())
            return Outcome {Match::Missing, {}};
        if (byName.size() > 1)
            return Outcome {Match::Ambiguous, {}};
        return Outcome {Match::Found, byName.constFirst()};
    }

    Store &m_store;
    QHash<QString, Outcome> m_cache;
};

// Checks one field by validating an otherwise valid entity, so the domain's rules and messages
// are used and the message can name the column.
template<typename Value>
void probe(const Value &candidate, qint64 line, const QString &column, QList<RowError> &errors)
{
    if (auto valid = candidate.validate(); !valid)
        errors << columnError(line, column, valid.error().message());
}

Client clientFrom(const CsvReader::Record &record, const Columns &columns, QList<RowError> &errors)
{
    const auto cell = [&](const char *field) {
        return columns.cell(record, QString::fromLatin1(field));
    };
    const auto header = [&](const char *field) {
        return columns.header(QString::fromLatin1(field));
    };
    const qint64 line = record.line;
    Client client;
    client.name = cell("name");
    client.legalName = cell("legal_name");
    client.email = cell("email");
    client.phone = cell("phone");
    client.billingAddress = cell("billing_address");
    client.taxId = cell("tax_id");
    client.notes = cell("notes");
    client.tags = splitTags(cell("tags"));

    Client valid;
    valid.name = QStringLiteral("-");
    Client candidate = valid;
    candidate.name = client.name;
    probe(candidate, line, header("name"), errors);
    candidate = valid;
    candidate.email = client.email;
    probe(candidate, line, header("email"), errors);
    candidate = valid;
    candidate.tags = client.tags;
    probe(candidate, line, header("tags"), errors);

    const QString status = cell("status").trimmed().toLower();
    const auto parsed = Client::statusFromKey(status);
    if (status.isEmpty()) {
        client.status = Client::Status::Active;
    } else if (parsed && *parsed != Client::Status::Erased) {
        client.status = *parsed;
    } else {
        errors << columnError(
            line, header("status"),
            CsvImporter::tr("Use \"active\" or \"archived\" for the status, or leave it "
                            "empty."));
    }
    if (errors.isEmpty()) {
        if (auto checked = client.validate(); !checked)
            errors << lineError(line, checked.error().message());
    }
    return client;
}

Result<Contact> contactFrom(const CsvReader::Record &record, const Columns &columns,
                            ClientFinder &finder, QList<RowError> &errors)
{
    const QString clientField = QStringLiteral("client");
    const QString nameField = QStringLiteral("name");
    const QString emailField = QStringLiteral("email");
    const qint64 line = record.line;
    Contact contact;
    contact.name = columns.cell(record, nameField);
    contact.email = columns.cell(record, emailField);
    contact.phone = columns.cell(record, QStringLiteral("phone"));
    contact.role = columns.cell(record, QStringLiteral("role"));

    const QString reference = columns.cell(record, clientField).trimmed();
    if (reference.isEmpty()) {
        errors << columnError(line, columns.header(clientField),
                              CsvImporter::tr("Name the client this contact works for."));
    } else {
        auto found = finder.find(reference);
        if (!found)
            return found.error();
        switch (found->match) {
        case ClientFinder::Match::Found:
            contact.clientId = found->id;
            break;
        case ClientFinder::Match::Missing:
            errors << columnError(line, columns.header(clientField),
                                  CsvImporter::tr("No client has this name or id."));
            break;
        case ClientFinder::Match::Ambiguous:
            errors << columnError(
                line, columns.header(clientField),
                CsvImporter::tr("Several clients have this name; use the client's id "
                                "instead."));
            break;
        }
    }

    Contact valid;
    valid.clientId = QStringLiteral("-");
    valid.name = QStringLiteral("-");
    Contact candidate = valid;
    candidate.name = contact.name;
    probe(candidate, line, columns.header(nameField), errors);
    candidate = valid;
    candidate.email = contact.email;
    probe(candidate, line, columns.header(emailField), errors);
    if (errors.isEmpty()) {
        if (auto checked = contact.validate(); !checked)
            errors << lineError(line, checked.error().message());
    }
    return contact;
}

// Keeps the first MaxErrors errors and counts the rest.
class ErrorCollector
{
public:
    void add(const QList<RowError> &errors)
    {
        for (const RowError &error : errors) {
            if (m_errors.size() < CsvImporter::MaxErrors)
                m_errors << error;
            else
                ++m_more;
        }
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    QList<RowError> take()
    {
        if (m_more > 0)
            m_errors << RowError {
                0,
                CsvImporter::tr("… and %Ln more problem(s).", nullptr,
                                int(std::min<qint64>(m_more, std::numeric_limits<int>::max())))};
        return std::exchange(m_errors, {});
    }

private:
    QList<RowError> m_errors;
    qint64 m_more = 0;
};

Result<void> copyToTemporaryFile(QIODevice &input, QTemporaryFile &copy)
{
    if (!copy.open())
        return Error(ErrorKind::Io,
                     CsvImporter::tr("Could not make a temporary copy of the file to import."));
    QByteArray block(CopyBlockSize, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 got = input.read(block.data(), block.size());
        if (got < 0)
            return Error(ErrorKind::Io, CsvImporter::tr("The file to import could not be read."));
        if (got == 0) {
            if (input.atEnd() || !input.waitForReadyRead(-1))
                break;
            continue;
        }
        total += got;
        if (total > CsvImporter::MaxCopyBytes)
            return Error(
                ErrorKind::InvalidInput,
                CsvImporter::tr("The file is larger than 1 GiB; import it in smaller parts."));
        if (copy.write(block.constData(), got) != got)
            return Error(ErrorKind::Io,
                         CsvImporter::tr(
                             "Could not make a temporary copy of the file to import (is the disk "
                             "full?)."));
    }
    if (!copy.flush() || !copy.seek(0))
        return Error(ErrorKind::Io,
                     CsvImporter::tr("Could not make a temporary copy of the file to import."));
    return {};
}

// One pass over the file: the header, then every row turned into a client or contact.
class Pass
{
public:
    Pass(QIODevice &device, Store &store, Entity entity, const QHash<QString, QString> &mapping,
         const CsvReader::Limits &limits)
        : m_reader(device, limits)
        , m_finder(store)
        , m_entity(entity)
        , m_mapping(mapping)
    { }

    // Reads the header; false when the rows cannot be read (`errors` says why).
    bool start(QList<RowError> &errors)
    {
        switch (m_reader.next()) {
        case CsvReader::Step::End:
            errors << lineError(
                1,
                CsvImporter::tr("the file is empty; it needs a header row naming the "
                                "columns."));
            return false;
        case CsvReader::Step::Problem:
            errors << RowError {m_reader.problem().line, m_reader.problem().message};
            return false;
        case CsvReader::Step::Record:
            break;
        }
        const CsvReader::Record &header = m_reader.record();
        const qsizetype before = errors.size();
        m_columns = resolveColumns(m_entity, header.fields, m_mapping, header.line, errors);
        return errors.size() == before;
    }

    // Reads the next row into `client` or `contact`; false at the end. `errors` gets what is
    // wrong with the row; an Error is a failure of the store.
    Result<bool> next(Client &client, Contact &contact, QList<RowError> &errors)
    {
        switch (m_reader.next()) {
        case CsvReader::Step::End:
            return false;
        case CsvReader::Step::Problem:
            errors << RowError {m_reader.problem().line, m_reader.problem().message};
            return true;
        case CsvReader::Step::Record:
            break;
        }
        if (m_entity == Entity::Clients) {
            client = clientFrom(m_reader.record(), m_columns, errors);
            return true;
        }
        auto read = contactFrom(m_reader.record(), m_columns, m_finder, errors);
        if (!read)
            return read.error();
        contact = std::move(read.value());
        return true;
    }

    // The line on which the row last read starts.
    qint64 line() const { return m_reader.record().line; }

private:
    CsvReader m_reader;
    ClientFinder m_finder;
    Entity m_entity;
    QHash<QString, QString> m_mapping;
    Columns m_columns;
};

Result<void> write(ClientRepository &repository, Entity entity, const Client &client,
                   const Contact &contact)
{
    if (entity == Entity::Clients) {
        if (auto created = repository.create(client); !created)
            return created.error();
        return {};
    }
    if (auto added = repository.addContact(contact); !added)
        return added.error();
    return {};
}

bool reportProgress(const std::function<bool(qint64)> &progress, qint64 rows, bool last)
{
    // Every ProgressInterval rows, and at the end unless that count was just reported.
    const bool onInterval = rows > 0 && rows % CsvImporter::ProgressInterval == 0;
    if (!progress || (last ? onInterval : !onInterval))
        return true;
    return progress(rows);
}
} // namespace

CsvImporter::CsvImporter(Store &store)
    : m_store(store)
{ }

QStringList CsvImporter::fields(Entity entity)
{
    QStringList result;
    for (const auto &[field, synonymsOfField] : synonyms(entity))
        result << field;
    return result;
}

QHash<QString, QString> CsvImporter::suggestMapping(Entity entity, const QStringList &header)
{
    QStringList simplified;
    for (const QString &column : header)
        simplified << simplifiedName(column);
    QHash<QString, QString> mapping;
    for (const auto &[field, candidates] : synonyms(entity)) {
        qsizetype best = -1;
        qsizetype bestRank = std::numeric_limits<qsizetype>::max();
        for (qsizetype column = 0; column < header.size(); ++column) {
            // A name two columns share cannot say which one it means.
            if (header.count(header.at(column)) > 1 || mapping.contains(header.at(column)))
                continue;
            const qsizetype rank = candidates.indexOf(simplified.at(column));
            if (rank >= 0 && rank < bestRank) {
                best = column;
                bestRank = rank;
            }
        }
        if (best >= 0)
            mapping.insert(header.at(best), field);
    }
    return mapping;
}

Result<CsvImporter::Report> CsvImporter::import(QIODevice &csv, Entity entity,
                                                const QHash<QString, QString> &mapping,
                                                const std::function<bool(qint64 rows)> &progress)
{
    if (!csv.isOpen() || !csv.isReadable())
        return Error(ErrorKind::Io, CsvImporter::tr("The file to import could not be read."));
    // The second pass reads the file again, so it must be able to seek back.
    QTemporaryFile copy;
    QIODevice *device = &csv;
    if (csv.isSequential()) {
        if (auto copied = copyToTemporaryFile(csv, copy); !copied)
            return copied.error();
        device = &copy;
    }
    const qint64 start = device->pos();

    // First pass: check every row; the store is only read (to find the clients of contacts).
    Report report;
    qint64 rows = 0;
    {
        Pass pass(*device, m_store, entity, mapping, m_limits);
        QList<RowError> headerErrors;
        if (!pass.start(headerErrors)) {
            report.errors = headerErrors;
            return report;
        }
        ErrorCollector errors;
        Client client;
        Contact contact;
        for (;;) {
            QList<RowError> rowErrors;
            auto more = pass.next(client, contact, rowErrors);
            if (!more)
                return more.error();
            if (!*more)
                break;
            errors.add(rowErrors);
            if (!reportProgress(progress, ++rows, false))
                return cancelled();
        }
        if (!reportProgress(progress, rows, true))
            return cancelled();
        if (!errors.isEmpty()) {
            report.errors = errors.take();
            return report;
        }
    }

    // Second pass: write every row, all in one transaction.
    if (!device->seek(start))
        return Error(ErrorKind::Io,
                     CsvImporter::tr("The file to import could not be read a second time."));
    Pass pass(*device, m_store, entity, mapping, m_limits);
    ClientRepository repository(m_store);
    qint64 written = 0;
    auto done = m_store.transaction([&]() -> Result<void> {
        QList<RowError> rowErrors;
        if (!pass.start(rowErrors))
            return fileChanged();
        Client client;
        Contact contact;
        for (;;) {
            auto more = pass.next(client, contact, rowErrors);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (!rowErrors.isEmpty())
                return fileChanged();
            if (auto stored = write(repository, entity, client, contact); !stored)
                return Error(stored.error().kind(),
                             lineError(pass.line(), stored.error().message()).message);
            if (!reportProgress(progress, ++written, false))
                return cancelled();
        }
        if (written != rows)
            return fileChanged();
        if (!reportProgress(progress, written, true))
            return cancelled();
        return {};
    });
    if (!done)
        return done.error();
    report.imported = written;
    return report;
}

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
// Tests CsvImporter: a clean file imports completely with audit, outbox and search entries; a file
// with bad rows names every one of them and leaves the workspace untouched, byte for byte.
#include "models/store/ClientRepository.h"
#include "models/store/CsvImporter.h"
#include "tests/support/TempWorkspace.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace ClientDesk;
using namespace ClientDesk::Test;

namespace {
using Entity = CsvImporter::Entity;
using Mapping = QHash<QString, QString>;

// Input that cannot seek, like a pipe.
class PipeDevice final : public QIODevice
{
public:
    explicit PipeDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 size = qMin(maxSize, qint64(m_data.size()) - m_at);
        memcpy(data, m_data.constData() + m_at, size_t(size));
        m_at += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QStringList lines(const QList<CsvImporter::RowError> &errors)
{
    QStringList result;
    for (const auto &error : errors)
        result << QString::number(error.line);
    return result;
}
} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsEveryClientWithAuditOutboxAndSearch();
    void badRowsAreAllNamedAndNothingIsTouched();
    void headerProblemsAreReportedAtTheHeaderLine();
    void explicitMappingStatusAndTags();
    void contactsAreMatchedToClientsByNameOrId();
    void unknownOrAmbiguousClientIsARowError();
    void suggestMapping_data();
    void suggestMapping();
    void cancelFromProgressRollsBack();
    void failureWhileWritingRollsBackEveryRow();
    void inputThatCannotSeekIsCopiedFirst();
    void errorListIsCapped();

private:
    Result<CsvImporter::Report> importText(const QByteArray &csv, Entity entity,
                                           const Mapping &mapping = {},
                                           const std::function<bool(qint64)> &progress = {});
    qint64 count(const QString &sql) const;
    static QStringList clientNames(int count);

    std::unique_ptr<TempWorkspace> m_temp;
    std::unique_ptr<Workspace> m_workspace;
};

void TestCsvImporter::init()
{
    m_temp = std::make_unique<TempWorkspace>();
    m_workspace = m_temp->create();
    QVERIFY(m_workspace);
}

void TestCsvImporter::cleanup()
{
    m_workspace.reset();
    m_temp.reset();
}

Result<CsvImporter::Report> TestCsvImporter::importText(const QByteArray &csv, Entity entity,
                                                        const Mapping &mapping,
                                                        const std::function<bool(qint64)> &progress)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return CsvImporter(m_workspace->store()).import(buffer, entity, mapping, progress);
}

qint64 TestCsvImporter::count(const QString &sql) const
{
    QSqlQuery query(m_workspace->store().database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList TestCsvImporter::clientNames(int count)
{
    const QStringList stems {
        QStringLiteral("Société Générale d'Études"), QStringLiteral("Müller & Söhne GmbH"),
        QStringLiteral("株式会社山田デザイン"),      QStringLiteral("北京科技有限公司"),
        QStringLiteral("شركة النور للتجارة"),        QStringLiteral("חברת אור בע״מ"),
        QStringLiteral("Ødegaard Ærø AS"),           QStringLiteral("Zoë O'Brien, Ltd"),
        QStringLiteral("Ελληνική Εταιρεία"),         QStringLiteral("Компания \"Рога и Копыта\""),
    };
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << stems.at(i % stems.size()) + QLatin1Char(' ') + QString::number(i);
    return names;
}

void TestCsvImporter::importsEveryClientWithAuditOutboxAndSearch()
{
    const QStringList names = clientNames(50);
    QString csv = QStringLiteral("Name,Email,Phone,Tags,Notes\r\n");
    for (int i = 0; i < names.size(); ++i) {
        const QString email =
            i % 7 == 0 ? QString() : QStringLiteral("client%1@example.test").arg(i);
        QString notes;
        if (i % 10 == 0)
            notes = QStringLiteral("Line one\nLine two, with a comma");
        else if (i == 3)
            notes = QStringLiteral("=HYPERLINK(\"x\")");
        csv += quoted(names.at(i)) + QLatin1Char(',') + email + QStringLiteral(",+49 30 1234,")
            + QStringLiteral("vip; berlin|new,") + quoted(notes) + QStringLiteral("\r\n");
    }
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));

    auto report = importText(csv.toUtf8(), Entity::Clients);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message()));
    QVERIFY(report->errors.isEmpty());
    QCOMPARE(report->imported, 50);

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 50);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 50);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 50);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'client'")), 50);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE docid % 8 = 1")), 50);

    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT name, email, tags, notes FROM client")));
    QStringList stored;
    while (query.next()) {
        const QString name = query.value(0).toString();
        stored << name;
        QCOMPARE(query.value(2).toString(), QStringLiteral("vip,berlin,new"));
        if (name.endsWith(QLatin1String(" 3")))
            QCOMPARE(query.value(3).toString(), QStringLiteral("=HYPERLINK(\"x\")"));
        if (name.endsWith(QLatin1String(" 10")))
            QCOMPARE(query.value(3).toString(), QStringLiteral("Line one\nLine two, with a comma"));
    }
    stored.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(stored, expected);
}

void TestCsvImporter::badRowsAreAllNamedAndNothingIsTouched()
{
    // Line 4 starts a record that spans three lines, so line numbers run ahead of records.
    const QByteArray csv = "Name,Email,Notes\n"
                           "Alpha,alpha@example.test,ok\n"
                           ",nobody@example.test,no name\n"
                           "Beta,beta@example.test,\"a note\non three\nlines\"\n"
                           "Gamma,not-an-email,x\n"
                           "Delta,delta@example.test,x,surplus-value\n"
                           "Epsilon,epsilon@example.test,x\n";
    const auto before = m_temp->snapshot();
    auto report = importText(csv, Entity::Clients);
    QVERIFY(report);
    QCOMPARE(report->imported, 0);
    QCOMPARE(lines(report->errors),
             QStringList({QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("8")}));
    QVERIFY(report->errors.at(0).message.startsWith(QStringLiteral("Line 3, column \"Name\":")));
    QVERIFY(report->errors.at(1).message.startsWith(QStringLiteral("Line 7, column \"Email\":")));
    QVERIFY(report->errors.at(2).message.startsWith(QStringLiteral("Line 8 has 4 fields")));
    for (const auto &error : std::as_const(report->errors)) {
        for (const char *value : {"nobody", "not-an-email", "surplus-value", "Gamma", "Delta"})
            QVERIFY2(!error.message.contains(QLatin1String(value)), qPrintable(error.message));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);
    QCOMPARE(m_temp->snapshot(), before);
}

void TestCsvImporter::headerProblemsAreReportedAtTheHeaderLine()
{
    const QByteArray csv = "\n\nFirma;Telefon\nAlpha;1\n";
    const auto before = m_temp->snapshot();
    auto unmapped =
        importText(csv, Entity::Clients, {{QStringLiteral("Telefon"), QStringLiteral("phone")}});
    QVERIFY(unmapped);
    QCOMPARE(unmapped->errors.size(), 1);
    QCOMPARE(unmapped->errors.at(0).line, 3);
    QVERIFY(unmapped->errors.at(0).message.contains(QStringLiteral("\"name\"")));

    auto wrong = importText(csv, Entity::Clients,
                            {{QStringLiteral("Firma"), QStringLiteral("name")},
                             {QStringLiteral("Fax"), QStringLiteral("phone")},
                             {QStringLiteral("Telefon"), QStringLiteral("colour")}});
    QVERIFY(wrong);
    QCOMPARE(lines(wrong->errors), QStringList({QStringLiteral("3"), QStringLiteral("3")}));

    auto empty = importText({}, Entity::Clients);
    QVERIFY(empty);
    QCOMPARE(lines(empty->errors), QStringList({QStringLiteral("1")}));
    QCOMPARE(m_temp->snapshot(), before);
}

void TestCsvImporter::explicitMappingStatusAndTags()
{
    const QByteArray csv = "Kunde\tMail\tZustand\tSchlagwörter\tIntern\n"
                           "Alpha\ta@example.test\tArchived\t\"a|b; c\"\tsecret\n"
                           "Beta\t\t\t\t\n";
    const Mapping mapping {{QStringLiteral("Kunde"), QStringLiteral("name")},
                           {QStringLiteral("mail"), QStringLiteral("email")},
                           {QStringLiteral("Zustand"), QStringLiteral("status")},
                           {QStringLiteral("Schlagwörter"), QStringLiteral("tags")},
                           {QStringLiteral("Intern"), QString()}};
    auto report = importText(csv, Entity::Clients, mapping);
    QVERIFY(report);
    QVERIFY(report->errors.isEmpty());
    QCOMPARE(report->imported, 2);
    QSqlQuery query(m_workspace->store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT status, tags, notes FROM client ORDER BY name")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("archived"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("a,b,c"));
    QCOMPARE(query.value(2).toString(), QString());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("active"));

    auto erased = importText("Name,Status\nGamma,erased\n", Entity::Clients);
    QVERIFY(erased);
    QCOMPARE(erased->errors.size(), 1);
    QVERIFY(erased->errors.at(0).message.startsWith(QStringLiteral("Line 2, column \"Status\"")));
}

void TestCsvImporter::contactsAreMatchedToClientsByNameOrId()
{
    ClientRepository repository(m_workspace->store());
    QMap<QString, QString> ids;
    for (const QString &name : {QStringLiteral("Müller GmbH"), QStringLiteral("Atelier Éléonore"),
                                QStringLiteral("東京デザイン"), QStringLiteral("Acme")}) {
        Client client;
        client.name = name;
        auto created = repository.create(client);
        QVERIFY(created);
        ids.insert(name, created->id);
    }
    const QString csv = QStringLiteral("Firma;Name;E-Mail;Telefon;Rolle\n"
                                       "MÜLLER GMBH;Hans Huber;hans@mueller.test;;Einkauf\n"
                                       "atelier éléonore;Léa Roux;;+33 1 23;Gérante\n"
                                       "%1;佐藤 花子;;;\n"
                                       "東京デザイン;田中;tanaka@example.test;;\n"
                                       "  acme ;\"Wile E.\nCoyote\";;;\n")
                            .arg(ids.value(QStringLiteral("東京デザイン")));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    auto report = importText(csv.toUtf8(), Entity::Contacts);
    QVERIFY(report);
    QVERIFY2(report->errors.isEmpty(),
             report->errors.isEmpty() ? "" : qPrintable(report->errors.at(0).message));
    QCOMPARE(report->imported, 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE docid % 8 = 2")), 5);

    const auto contactsOf = [&](const char *name) {
        auto contacts = repository.contacts(ids.value(QString::fromUtf8(name)));
        QStringList names;
        for (const Contact &contact : contacts.value())
            names << contact.name;
        return names;
    };
    QCOMPARE(contactsOf("Müller GmbH"), QStringList({QStringLiteral("Hans Huber")}));
    QCOMPARE(contactsOf("Atelier Éléonore"), QStringList({QStringLiteral("Léa Roux")}));
    QCOMPARE(contactsOf("東京デザイン").size(), 2);
    QCOMPARE(contactsOf("Acme"), QStringList({QStringLiteral("Wile E.\nCoyote")}));
}

void TestCsvImporter::unknownOrAmbiguousClientIsARowError()
{
    ClientRepository repository(m_workspace->store());
    for (const QString &name : {QStringLiteral("Twin Co"), QStringLiteral("twin co"),
                                QStringLiteral("Solo"), QStringLiteral("Gone")}) {
        Client client;
        client.name = name;
        auto created = repository.create(client);
        QVERIFY(created);
        if (name == QLatin1String("Gone"))
            QVERIFY(repository.remove(created->id));
    }
    const QByteArray csv = "Company,Contact name,Email address\n"
                           "Solo,Ann,ann@example.test\n"
                           "Nobody Inc,Bob,\n"
                           "TWIN CO,Cleo,\n"
                           ",Dan,\n"
                           "Gone,Eve,\n"
                           "Solo,,\n";
    const qint64 contactsBefore = count(QStringLiteral("SELECT count(*) FROM contact"));
    const auto before = m_temp->snapshot();
    auto report = importText(csv, Entity::Contacts);
    QVERIFY(report);
    QCOMPARE(report->imported, 0);
    QCOMPARE(lines(report->errors),
             QStringList({QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                          QStringLiteral("6"), QStringLiteral("7")}));
    QVERIFY(report->errors.at(0).message.contains(QStringLiteral("No client has this name")));
    QVERIFY(report->errors.at(1).message.contains(QStringLiteral("Several clients")));
    QVERIFY(report->errors.at(2).message.contains(QStringLiteral("Name the client")));
    QVERIFY(
        report->errors.at(4).message.startsWith(QStringLiteral("Line 7, column \"Contact name\"")));
    for (const auto &error : std::as_const(report->errors))
        QVERIFY(!error.message.contains(QStringLiteral("Nobody")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact")), contactsBefore);
    QCOMPARE(m_temp->snapshot(), before);
}

void TestCsvImporter::suggestMapping_data()
{
    QTest::addColumn<int>("entity");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList result;
        for (const char *item : items)
            result << QString::fromUtf8(item);
        return result;
    };
    QTest::newRow("German clients")
        << int(Entity::Clients)
        << list({"Firma", "E-Mail", "Telefon", "Rechnungsadresse", "USt-IdNr.", "Notizen", "Status",
                 "Schlagwörter", "Gründungsjahr"})
        << list({"name", "email", "phone", "billing_address", "tax_id", "notes", "status", "tags",
                 ""});
    QTest::newRow("French clients")
        << int(Entity::Clients)
        << list({"Société", "Raison sociale", "Courriel", "Téléphone", "Adresse de facturation",
                 "Numéro de TVA", "Remarques", "Statut", "Étiquettes"})
        << list({"name", "legal_name", "email", "phone", "billing_address", "tax_id", "notes",
                 "status", "tags"});
    QTest::newRow("English clients, keys and synonyms")
        << int(Entity::Clients)
        << list({"Company", "legal_name", "Email address", "Phone number", "Labels", " TAX ID "})
        << list({"name", "legal_name", "email", "phone", "tags", "tax_id"});
    QTest::newRow("the field's own name beats a synonym")
        << int(Entity::Clients) << list({"Company", "Name"}) << list({"", "name"});
    QTest::newRow("German contacts")
        << int(Entity::Contacts) << list({"Firma", "Name", "E-Mail", "Telefon", "Rolle"})
        << list({"client", "name", "email", "phone", "role"});
    QTest::newRow("French contacts")
        << int(Entity::Contacts) << list({"Société", "Nom", "Courriel", "Téléphone", "Fonction"})
        << list({"client", "name", "email", "phone", "role"});
    QTest::newRow("a name two columns share is not suggested")
        << int(Entity::Clients) << list({"Email", "Email", "Firma"}) << list({"", "", "name"});
}

void TestCsvImporter::suggestMapping()
{
    QFETCH(int, entity);
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    const Mapping mapping = CsvImporter::suggestMapping(Entity(entity), header);
    for (qsizetype i = 0; i < header.size(); ++i)
        QCOMPARE(mapping.value(header.at(i)), expected.at(i));
}

void TestCsvImporter::cancelFromProgressRollsBack()
{
    QByteArray csv = "Name\n";
    for (int i = 0; i < 250; ++i)
        csv += "Client " + QByteArray::number(i) + '\n';
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QList<qint64> calls;
    auto cancelled = importText(csv, Entity::Clients, {}, [&](qint64 rows) {
        calls << rows;
        return calls.size() < 4;
    });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.error().message().contains(QStringLiteral("cancelled")));
    // Checking: 100, 200, then the total; writing: cancelled at 100.
    QCOMPARE(calls, QList<qint64>({100, 200, 250, 100}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

    calls.clear();
    auto done = importText(csv, Entity::Clients, {}, [&](qint64 rows) {
        calls << rows;
        return true;
    });
    QVERIFY(done);
    QCOMPARE(done->imported, 250);
    QCOMPARE(calls, QList<qint64>({100, 200, 250, 100, 200, 250}));
}

void TestCsvImporter::failureWhileWritingRollsBackEveryRow()
{
    ClientRepository repository(m_workspace->store());
    QString goneId;
    for (const QString &name : {QStringLiteral("Stays"), QStringLiteral("Goes")}) {
        Client client;
        client.name = name;
        auto created = repository.create(client);
        QVERIFY(created);
        goneId = created->id;
    }
    const QByteArray csv = "Client,Name\nStays,Ann\nStays,Bob\nGoes,Cleo\n";
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    // The check passes; then, before the writes, the third row's client is deleted.
    auto report = importText(csv, Entity::Contacts, {},
                             [&](qint64) { return bool(repository.remove(goneId)); });
    QVERIFY(!report);
    QVERIFY2(report.error().message().startsWith(QStringLiteral("The file or the workspace")),
             qPrintable(report.error().message()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM contact")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM search_index WHERE docid % 8 = 2")), 0);
    // Only the deletion made in between is recorded.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore + 1);
}

void TestCsvImporter::inputThatCannotSeekIsCopiedFirst()
{
    PipeDevice pipe("\xEF\xBB\xBFName;Courriel\nAlpha;a@example.test\nBeta;b@example.test\n");
    auto report = CsvImporter(m_workspace->store()).import(pipe, Entity::Clients, {});
    QVERIFY(report);
    QVERIFY(report->errors.isEmpty());
    QCOMPARE(report->imported, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM client WHERE email <> ''")), 2);
}

void TestCsvImporter::errorListIsCapped()
{
    QByteArray csv = "Name,Email\n";
    for (qsizetype i = 0; i < CsvImporter::MaxErrors + 5; ++i)
        csv += "x,bad\n";
    auto report = importText(csv, Entity::Clients);
    QVERIFY(report);
    QCOMPARE(report->errors.size(), CsvImporter::MaxErrors + 1);
    QCOMPARE(report->errors.at(CsvImporter::MaxErrors - 1).line, CsvImporter::MaxErrors + 1);
    QCOMPARE(report->errors.constLast().line, 0);
    QVERIFY(report->errors.constLast().message.contains(QStringLiteral("5 more")));
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "TestCsvImporter.moc"

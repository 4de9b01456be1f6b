// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceMail.h"

#include "models/domain/Clock.h"
#include "models/itemmodels/ItemModelText.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ClientDesk {

namespace {
constexpr QFile::Permissions OwnerOnlyFolder =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// The client's billing address, else the first contact's; a missing client has none.
QString recipientOf(Store &store, const QString &clientId)
{
    ClientRepository clients(store);
    auto client = clients.find(clientId);
    if (!client)
        return {};
    if (!client->email.trimmed().isEmpty())
        return client->email.trimmed();
    auto contacts = clients.contacts(clientId);
    if (!contacts)
        return {};
    for (const Contact &contact : *contacts) {
        if (!contact.email.trimmed().isEmpty())
            return contact.email.trimmed();
    }
    return {};
}
} // namespace

InvoiceMail::InvoiceMail(InvoiceDocument document, const Invoice &invoice, QString address,
                         QString agencyName, QString correctedNumber, const QLocale &locale)
    : m_document(std::move(document))
    , m_kind(invoice.kind)
    , m_number(invoice.number)
    , m_dueDate(invoice.dueDate)
    , m_address(std::move(address))
    , m_agencyName(std::move(agencyName))
    , m_correctedNumber(std::move(correctedNumber))
    , m_locale(locale)
{ }

Result<InvoiceMail> InvoiceMail::load(Store &store, const Invoice &invoice, const QLocale &locale)
{
    auto document = InvoiceDocument::load(store, invoice, locale);
    if (!document)
        return document.error();
    auto agency = InvoiceDocument::agencyProfile(store);
    if (!agency)
        return agency.error();
    QString corrected;
    if (!invoice.creditForId.isEmpty()) {
        if (auto original = InvoiceRepository(store, invoice.series).find(invoice.creditForId))
            corrected = original->number;
    }
    return InvoiceMail(*document, invoice, recipientOf(store, invoice.clientId),
                       agency->legalName.trimmed(), corrected, locale);
}

QString InvoiceMail::subject() const
{
    const bool credit = m_kind == Invoice::Kind::CreditNote;
    if (m_agencyName.isEmpty())
        return m_document.title();
    return (credit ? tr("Credit note %1 from %2") : tr("Invoice %1 from %2"))
        .arg(m_number, m_agencyName);
}

QString InvoiceMail::body() const
{
    QString sentence;
    if (m_kind == Invoice::Kind::CreditNote) {
        sentence = m_correctedNumber.isEmpty()
            ? tr("Please find attached our credit note %1.").arg(m_number)
            : tr("Please find attached our credit note %1, which corrects invoice %2.")
                  .arg(m_number, m_correctedNumber);
    } else if (m_dueDate.isValid()) {
        const QString due = m_locale.toString(m_dueDate, ItemModelText::shortDateFormat(m_locale));
        sentence = tr("Please find attached our invoice %1, due on %2.").arg(m_number, due);
    } else {
        sentence = tr("Please find attached our invoice %1.").arg(m_number);
    }
    QStringList parts = {tr("Hello,"), QString(), sentence, QString(), tr("Kind regards,")};
    if (!m_agencyName.isEmpty())
        parts.append(m_agencyName);
    return parts.join(QLatin1Char('\n'));
}

MailComposer::Message InvoiceMail::message(const QString &attachmentPath) const
{
    MailComposer::Message message;
    if (!m_address.isEmpty())
        message.addresses = {m_address};
    message.subject = subject();
    message.body = body();
    message.attachmentPath = attachmentPath;
    return message;
}

QString InvoiceMail::outgoingFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("outgoing"));
}

void InvoiceMail::removeExpired(const QString &folder, const QDateTime &now)
{
    const QDateTime cutoff = now.addDays(-KeepDays);
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        if (file.lastModified() < cutoff)
            QFile::remove(file.absoluteFilePath());
    }
}

Result<QString> InvoiceMail::writeAttachment(const QString &folder, const Clock &clock) const
{
    const QString cantWrite = tr("The invoice could not be prepared for your mail program: the "
                                 "folder for outgoing attachments cannot be written.");
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, OwnerOnlyFolder))
        return Error(ErrorKind::Io, cantWrite);
    const QDateTime now = clock.now();
    removeExpired(folder, now);

    const QString path = QDir(folder).filePath(m_document.suggestedFileName());
    auto written = m_document.writePdf(path);
    if (!written)
        return written.error();
    // The folder already keeps others out; the file says so too, should it be copied along.
    QFile file(path);
    if (!file.setPermissions(OwnerOnlyFile) || !file.open(QIODevice::ReadWrite)
        || !file.setFileTime(now, QFileDevice::FileModificationTime)) {
        QFile::remove(path);
        return Error(ErrorKind::Io, cantWrite);
    }
    return path;
}

} // namespace ClientDesk

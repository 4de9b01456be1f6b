// SPDX-License-Identifier: GPL-3.0-or-later
// An invoice or credit note as an email: the address, subject and body of the message, and the
// PDF written to a private folder where it waits a day for the mail program to read it.
#pragma once

#include "models/domain/Invoice.h"
#include "models/domain/Result.h"
#include "ui/InvoiceDocument.h"
#include "ui/MailComposer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace ClientDesk {

class Clock;
class Store;

class InvoiceMail
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::InvoiceMail)

public:
    // How long a written attachment stays for the mail program to read it.
    static constexpr int KeepDays = 1;

    // The message for a stored invoice: addressed to the client's billing email, else to the
    // first of its contacts (by name) that has one, else to nobody; from the agency as its
    // profile names it now; the attachment as InvoiceDocument prints it.
    static Result<InvoiceMail> load(Store &store, const Invoice &invoice,
                                    const QLocale &locale = {});

    InvoiceMail(InvoiceDocument document, const Invoice &invoice, QString address,
                QString agencyName, QString correctedNumber = {}, const QLocale &locale = {});

    const InvoiceDocument &document() const { return m_document; }
    // Empty when neither the client nor a contact has an email address.
    QString address() const { return m_address; }
    // "Invoice 2026-A1B2-0001 from Nordlicht Studio GmbH".
    QString subject() const;
    QString body() const;
    // The message with the PDF at attachmentPath attached.
    MailComposer::Message message(const QString &attachmentPath) const;

    // Where attachments wait: the cache folder's "outgoing", readable by this user only.
    static QString outgoingFolder();
    // Removes the attachments older than KeepDays by the clock, then writes the PDF into folder
    // (made 0700) as a 0600 file; returns its path. The file is stamped with the clock's time
    // so its age is measured by the same clock that expires it.
    Result<QString> writeAttachment(const QString &folder, const Clock &clock) const;
    static void removeExpired(const QString &folder, const QDateTime &now);

private:
    InvoiceDocument m_document;
    Invoice::Kind m_kind;
    QString m_number;
    QDate m_dueDate;
    QString m_address;
    QString m_agencyName;
    QString m_correctedNumber;
    QLocale m_locale;
};

} // namespace ClientDesk

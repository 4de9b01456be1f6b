// SPDX-License-Identifier: GPL-3.0-or-later
// The printable invoice: both parties' details, number, dates, lines, tax per rate and totals as
// a text document in a given locale, printed to a preview or written to a PDF file atomically.
#pragma once

#include "models/domain/AgencyProfile.h"
#include "models/domain/Invoice.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ClientDesk {

class Store;

class InvoiceDocument
{
    Q_DECLARE_TR_FUNCTIONS(ClientDesk::InvoiceDocument)

public:
    // The client's billing details as the invoice prints them.
    struct BillTo
    {
        QString name;
        QString legalName;
        QString address;
        QString taxId;
        QString email;
    };

    InvoiceDocument(Invoice invoice, AgencyProfile agency, BillTo client,
                    const QLocale &locale = {});

    // What the invoice prints, read from the store: an issued, paid or void invoice shows both
    // parties as frozen at issue (InvoiceRepository::billingSnapshot); a draft shows them as
    // they are now. The logo is not part of the snapshot and comes from the current profile.
    static Result<InvoiceDocument> load(Store &store, const Invoice &invoice,
                                        const QLocale &locale = {});
    // The agency profile of the open workspace.
    static Result<AgencyProfile> agencyProfile(Store &store);

    // For a credit note: the number of the invoice it corrects.
    void setCorrectedNumber(const QString &number) { m_correctedNumber = number; }

    // "Invoice 2026-A1B2-0001", "Credit note …", "Draft invoice".
    QString title() const;
    // A file name for saving: "Invoice 2026-A1B2-0001.pdf", "Draft invoice.pdf".
    QString suggestedFileName() const;
    // The document as HTML; every value from the records is escaped.
    QString html() const;
    std::unique_ptr<QTextDocument> textDocument() const;
    // Lays the document out on the device's pages (a QPrinter or QPdfWriter).
    void print(QPagedPaintDevice *device) const;
    // Writes an A4 PDF through QSaveFile: the file appears whole or not at all. The error says
    // what went wrong for a person.
    Result<void> writePdf(const QString &path) const;

private:
    QString headingHtml() const;
    QString partiesHtml() const;
    QString linesHtml() const;
    QString totalsHtml() const;
    QString paymentHtml() const;
    QString money(qint64 minor) const;
    QString date(const QDate &date) const;

    Invoice m_invoice;
    AgencyProfile m_agency;
    BillTo m_client;
    QLocale m_locale;
    QImage m_logo;
    QString m_correctedNumber;
};

} // namespace ClientDesk

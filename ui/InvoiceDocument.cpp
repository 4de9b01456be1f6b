// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceDocument.h"

#include "models/domain/InvoiceCalculator.h"
#include "models/store/AgencyProfileRepository.h"
#include "models/store/ClientRepository.h"
#include "models/store/InvoiceRepository.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"
#include "ui/InvoiceLinesModel.h"
#include "ui/LocalMoney.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>
#include <QUrl>

namespace ClientDesk {

namespace {
const QUrl LogoUrl(QStringLiteral("clientdesk-logo:image"));
// The logo's printed height in document pixels; its width follows its aspect ratio.
constexpr int LogoHeight = 64;

// A value from a record, safe inside HTML; line breaks in addresses stay line breaks.
QString escaped(const QString &text)
{
    QString html = text.trimmed().toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString stringOf(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The billing snapshot frozen at issue replaces the parties' current details.
void applySnapshot(const QByteArray &json, AgencyProfile &agency, InvoiceDocument::BillTo &client)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject frozenAgency = root.value(QLatin1String("agency")).toObject();
    const QJsonObject frozenClient = root.value(QLatin1String("client")).toObject();
    agency.legalName = stringOf(frozenAgency, "legalName");
    agency.address = stringOf(frozenAgency, "address");
    agency.taxId = stringOf(frozenAgency, "taxId");
    agency.iban = stringOf(frozenAgency, "iban");
    agency.bic = stringOf(frozenAgency, "bic");
    agency.invoiceFooter = stringOf(frozenAgency, "invoiceFooter");
    client.name = stringOf(frozenClient, "name");
    client.legalName = stringOf(frozenClient, "legalName");
    client.address = stringOf(frozenClient, "billingAddress");
    client.taxId = stringOf(frozenClient, "taxId");
    client.email = stringOf(frozenClient, "email");
}
} // namespace

InvoiceDocument::InvoiceDocument(Invoice invoice, AgencyProfile agency, BillTo client,
                                 const QLocale &locale)
    : m_invoice(std::move(invoice))
    , m_agency(std::move(agency))
    , m_client(std::move(client))
    , m_locale(locale)
    , m_logo(QImage::fromData(m_agency.logo))
{ }

Result<AgencyProfile> InvoiceDocument::agencyProfile(Store &store)
{
    // The profile lives on the workspace's one row; the session does not hand out its id.
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT id FROM workspace LIMIT 1")))
        return StoreError::from(query.lastError());
    if (!query.next())
        return Error(ErrorKind::Io, tr("The workspace record is missing."));
    const QString workspaceId = query.value(0).toString();
    query.finish();
    return AgencyProfileRepository(store, workspaceId).load();
}

Result<InvoiceDocument> InvoiceDocument::load(Store &store, const Invoice &invoice,
                                              const QLocale &locale)
{
    auto agency = agencyProfile(store);
    if (!agency)
        return agency.error();
    BillTo client;
    InvoiceRepository invoices(store, invoice.series);
    QByteArray snapshot;
    if (invoice.status != Invoice::Status::Draft && !invoice.id.isEmpty()) {
        auto frozen = invoices.billingSnapshot(invoice.id);
        if (!frozen)
            return frozen.error();
        snapshot = *frozen;
    }
    if (!snapshot.isEmpty()) {
        applySnapshot(snapshot, *agency, client);
    } else {
        auto current = ClientRepository(store).find(invoice.clientId);
        if (!current)
            return current.error();
        client = {current->name, current->legalName, current->billingAddress, current->taxId,
                  current->email};
    }
    InvoiceDocument document(invoice, *agency, client, locale);
    if (!invoice.creditForId.isEmpty()) {
        if (auto corrected = invoices.find(invoice.creditForId))
            document.setCorrectedNumber(corrected->number);
    }
    return document;
}

QString InvoiceDocument::title() const
{
    const bool credit = m_invoice.kind == Invoice::Kind::CreditNote;
    if (m_invoice.number.isEmpty())
        return credit ? tr("Draft credit note") : tr("Draft invoice");
    return (credit ? tr("Credit note %1") : tr("Invoice %1")).arg(m_invoice.number);
}

QString InvoiceDocument::suggestedFileName() const
{
    QString name = title();
    // Numbers are letters, digits and dashes; anything else a file system may refuse goes.
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name + QStringLiteral(".pdf");
}

QString InvoiceDocument::money(qint64 minor) const
{
    return LocalMoney::format(Money(minor, m_invoice.currency), m_locale).toHtmlEscaped();
}

QString InvoiceDocument::date(const QDate &date) const
{
    if (!date.isValid())
        return QStringLiteral("—");
    // The locale's short form, with the year in full: "15.01.2026", "1/15/2026".
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return m_locale.toString(date, format).toHtmlEscaped();
}

QString InvoiceDocument::headingHtml() const
{
    QString agency;
    if (!m_logo.isNull())
        agency += QStringLiteral("<img src=\"%1\" height=\"%2\"><br>")
                      .arg(LogoUrl.toString())
                      .arg(LogoHeight);
    agency += QStringLiteral("<b>%1</b><br>%2")
                  .arg(escaped(m_agency.legalName), escaped(m_agency.address));
    if (!m_agency.taxId.trimmed().isEmpty())
        agency +=
            QStringLiteral("<br>") + tr("Tax ID: %1").toHtmlEscaped().arg(escaped(m_agency.taxId));

    // An invoice number is one word: it never breaks at its hyphens.
    QString facts =
        QStringLiteral("<h2 style=\"white-space: nowrap\">%1</h2>").arg(title().toHtmlEscaped());
    if (m_invoice.status == Invoice::Status::Draft)
        facts += QStringLiteral("<p><b>%1</b></p>")
                     .arg(tr("Not issued: this draft is not a valid invoice.").toHtmlEscaped());
    if (m_invoice.status == Invoice::Status::Void)
        facts += QStringLiteral("<p><b>%1</b></p>").arg(tr("VOID").toHtmlEscaped());
    if (m_invoice.status == Invoice::Status::Paid)
        facts += QStringLiteral("<p><b>%1</b></p>").arg(tr("Paid").toHtmlEscaped());
    const auto fact = [](const QString &label, const QString &valueHtml) {
        return QStringLiteral("%1 %2<br>").arg(label.toHtmlEscaped(), valueHtml);
    };
    if (!m_invoice.number.isEmpty())
        facts += fact(tr("Number:"), escaped(m_invoice.number));
    if (!m_correctedNumber.isEmpty())
        facts += fact(tr("Corrects invoice:"), escaped(m_correctedNumber));
    facts += fact(tr("Issue date:"), date(m_invoice.issueDate));
    facts += fact(tr("Due date:"), date(m_invoice.dueDate));
    facts += fact(tr("Currency:"), escaped(m_invoice.currency));
    return QStringLiteral("<table width=\"100%\"><tr><td width=\"45%\" valign=\"top\">%1</td>"
                          "<td width=\"55%\" valign=\"top\" align=\"right\">%2</td></tr></table>")
        .arg(agency, facts);
}

QString InvoiceDocument::partiesHtml() const
{
    const QString name =
        m_client.legalName.trimmed().isEmpty() ? m_client.name : m_client.legalName;
    QString html =
        QStringLiteral("<p><b>%1</b><br>%2").arg(tr("Bill to").toHtmlEscaped(), escaped(name));
    if (!m_client.address.trimmed().isEmpty())
        html += QStringLiteral("<br>") + escaped(m_client.address);
    if (!m_client.taxId.trimmed().isEmpty())
        html +=
            QStringLiteral("<br>") + tr("Tax ID: %1").toHtmlEscaped().arg(escaped(m_client.taxId));
    return html + QStringLiteral("</p>");
}

QString InvoiceDocument::linesHtml() const
{
    const auto header = [](const QString &text, bool right) {
        return QStringLiteral("<th align=\"%1\">%2</th>")
            .arg(right ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\"><tr>")
        + header(tr("#"), true) + header(tr("Description"), false) + header(tr("Quantity"), true)
        + header(tr("Unit price"), true) + header(tr("Tax"), true) + header(tr("Net amount"), true)
        + QStringLiteral("</tr>");
    int position = 0;
    for (const InvoiceLine &line : std::as_const(m_invoice.lines)) {
        ++position;
        auto amounts = InvoiceCalculator::line(line);
        const QString net = amounts ? money(amounts->net) : QStringLiteral("—");
        html +=
            QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td>"
                           "<td align=\"right\">%3</td><td align=\"right\">%4</td>"
                           "<td align=\"right\">%5</td><td align=\"right\">%6</td></tr>")
                .arg(
                    QString::number(position), escaped(line.description),
                    InvoiceLinesModel::formatQuantity(line.quantityMilli, m_locale).toHtmlEscaped(),
                    money(line.unitPriceMinor),
                    tr("%1 %")
                        .arg(InvoiceLinesModel::formatTaxRate(line.taxRateBp, m_locale))
                        .toHtmlEscaped(),
                    net);
    }
    return html + QStringLiteral("</table>");
}

QString InvoiceDocument::totalsHtml() const
{
    auto totals = InvoiceCalculator::totals(m_invoice.lines);
    if (!totals)
        return QStringLiteral("<p>%1</p>").arg(totals.error().message().toHtmlEscaped());
    const auto row = [](const QString &label, const QString &amountHtml, bool bold = false) {
        const QString cell = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        return QStringLiteral("<tr><td align=\"right\">%1</td><td align=\"right\">%2</td></tr>")
            .arg(cell.arg(label.toHtmlEscaped()), cell.arg(amountHtml));
    };
    // In the right half of a full-width table, so the totals end where the lines table ends
    // (a floating table would align with the paper's margin instead).
    QString html = QStringLiteral("<table width=\"100%\"><tr><td width=\"45%\"></td>"
                                  "<td align=\"right\"><table cellpadding=\"3\">");
    for (const InvoiceCalculator::TaxRow &rate : std::as_const(totals->byRate)) {
        const QString percent = InvoiceLinesModel::formatTaxRate(rate.taxRateBp, m_locale);
        html += row(tr("Net at %1 %").arg(percent), money(rate.net));
        html += row(tr("Tax at %1 %").arg(percent), money(rate.tax));
    }
    html += row(tr("Net total"), money(totals->net));
    html += row(tr("Tax total"), money(totals->tax));
    html += row(tr("Total"), money(totals->total), true);
    return html + QStringLiteral("</table></td></tr></table>");
}

QString InvoiceDocument::paymentHtml() const
{
    QString html;
    if (!m_invoice.notes.trimmed().isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(m_invoice.notes));
    QStringList bank;
    if (!m_agency.iban.trimmed().isEmpty())
        bank << tr("IBAN: %1").toHtmlEscaped().arg(escaped(m_agency.iban));
    if (!m_agency.bic.trimmed().isEmpty())
        bank << tr("BIC: %1").toHtmlEscaped().arg(escaped(m_agency.bic));
    if (!bank.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(bank.join(QStringLiteral("<br>")));
    if (!m_agency.invoiceFooter.trimmed().isEmpty())
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(m_agency.invoiceFooter));
    return html;
}

QString InvoiceDocument::html() const
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
               .arg(title().toHtmlEscaped())
        + headingHtml() + partiesHtml() + linesHtml() + totalsHtml() + paymentHtml()
        + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> InvoiceDocument::textDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    if (!m_logo.isNull())
        document->addResource(QTextDocument::ImageResource, LogoUrl, m_logo);
    document->setHtml(html());
    return document;
}

void InvoiceDocument::print(QPagedPaintDevice *device) const
{
    textDocument()->print(device);
}

Result<void> InvoiceDocument::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io,
                     tr("The PDF could not be saved in “%1”. Choose a folder you can write to.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("ClientDesk"));
        print(&writer);
    }
    if (file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        return Error(ErrorKind::Io, tr("The PDF could not be written: %1").arg(file.errorString()));
    }
    if (!file.commit())
        return Error(ErrorKind::Io, tr("The PDF could not be saved: %1").arg(file.errorString()));
    return {};
}

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AgencyProfileTab.h"

#include "models/domain/Currency.h"
#include "ui/Appearance.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
constexpr QSize LogoPreviewSize(220, 90);
constexpr int BasisPointsPerPercent = 100;

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &accessibleName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    // Tab moves on to the next field, as in every other field of the form.
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineHeight + 2 * edit->frameWidth()
                         + int(edit->document()->documentMargin() * 2));
    return edit;
}

// A spin box takes the focus itself and passes keys to the line edit inside it (whose focus
// proxy it is), so that edit is no stop of its own: one named control per field for keyboard and
// screen reader users. The edit's policy spreads to its proxy, hence the box's is set after.
void oneFocusStop(QAbstractSpinBox *box, const QString &accessibleName)
{
    box->setAccessibleName(accessibleName);
    const Qt::FocusPolicy policy = box->focusPolicy();
    if (auto *edit = box->findChild<QLineEdit *>())
        edit->setFocusPolicy(Qt::NoFocus);
    box->setFocusPolicy(policy);
}

// The formats a logo may be in that this Qt can read: SVG needs Qt's SVG image plugin.
QList<QByteArray> readableLogoFormats()
{
    QList<QByteArray> formats;
    const QList<QByteArray> supported = QImageReader::supportedImageFormats();
    for (const QByteArray &format :
         {QByteArrayLiteral("png"), QByteArrayLiteral("jpeg"), QByteArrayLiteral("svg")}) {
        if (supported.contains(format))
            formats << format;
    }
    return formats;
}

bool sameProfile(const AgencyProfile &a, const AgencyProfile &b)
{
    return a.legalName == b.legalName && a.address == b.address && a.taxId == b.taxId
        && a.iban == b.iban && a.bic == b.bic && a.logo == b.logo
        && a.invoiceFooter == b.invoiceFooter && a.defaultCurrency == b.defaultCurrency
        && a.defaultTaxRateBp == b.defaultTaxRateBp && a.paymentTermsDays == b.paymentTermsDays
        && a.retentionYears == b.retentionYears;
}
} // namespace

AgencyProfileTab::AgencyProfileTab(QWidget *parent)
    : QWidget(parent)
    , m_legalName(lineEdit(this, tr("Legal name"), 200))
    , m_address(textEdit(this, tr("Address"), 4))
    , m_taxId(lineEdit(this, tr("Tax ID"), 50))
    , m_iban(lineEdit(this, tr("IBAN"), 42))
    , m_bic(lineEdit(this, tr("BIC"), 14))
    , m_footer(textEdit(this, tr("Invoice footer"), 3))
    , m_currency(new QComboBox(this))
    , m_taxRate(new QDoubleSpinBox(this))
    , m_paymentTerms(new QSpinBox(this))
    , m_retention(new QSpinBox(this))
    , m_logoPreview(new QLabel(this))
    , m_chooseLogo(new QPushButton(tr("Ch&oose Logo\u2026"), this))
    , m_removeLogo(new QPushButton(tr("Re&move Logo"), this))
    , m_save(new QPushButton(tr("Sa&ve Agency Profile"), this))
    , m_message(new QLabel(this))
{
    m_iban->setPlaceholderText(tr("e.g. DE89 3704 0044 0532 0130 00"));
    m_bic->setPlaceholderText(tr("e.g. DEUTDEFF"));
    m_currency->addItems(Currency::codes());
    m_currency->setAccessibleName(tr("Default currency"));
    // The spin box reads and shows the number in the person's locale ("19,5 %" in German).
    m_taxRate->setDecimals(2);
    m_taxRate->setRange(0, 100);
    m_taxRate->setSuffix(tr(" %"));
    oneFocusStop(m_taxRate, tr("Default tax rate in percent"));
    m_paymentTerms->setRange(0, 365);
    oneFocusStop(m_paymentTerms, tr("Payment terms in days"));
    m_retention->setRange(7, 30);
    oneFocusStop(m_retention, tr("Retention in years"));
    m_retention->setToolTip(tr("How long invoices are kept after their issue date: at least "
                               "7 years, longer where your country asks for it."));
    m_logoPreview->setFixedSize(LogoPreviewSize);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    // On white, as it prints on an invoice, also in the dark appearance.
    QPalette paper = m_logoPreview->palette();
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_logoPreview->setPalette(paper);
    m_logoPreview->setAutoFillBackground(true);
    m_chooseLogo->setAccessibleName(tr("Choose logo"));
    m_removeLogo->setAccessibleName(tr("Remove logo"));
    m_save->setAccessibleName(tr("Save agency profile"));
    m_message->setObjectName(QStringLiteral("agencyMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *details = new QGroupBox(tr("On every invoice"), this);
    auto *detailsForm = new QFormLayout(details);
    detailsForm->addRow(tr("Legal &name:"), m_legalName);
    detailsForm->addRow(tr("Add&ress:"), m_address);
    detailsForm->addRow(tr("Ta&x ID:"), m_taxId);
    detailsForm->addRow(tr("&IBAN:"), m_iban);
    detailsForm->addRow(tr("&BIC:"), m_bic);
    detailsForm->addRow(tr("Invoice &footer:"), m_footer);

    auto *logo = new QGroupBox(tr("Logo"), this);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto *logoLayout = new QHBoxLayout(logo);
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addLayout(logoButtons);

    auto *defaults = new QGroupBox(tr("New invoices"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    defaultsForm->addRow(tr("Default c&urrency:"), m_currency);
    defaultsForm->addRow(tr("Default &tax rate:"), m_taxRate);
    defaultsForm->addRow(tr("&Payment terms (days):"), m_paymentTerms);
    defaultsForm->addRow(tr("R&etention (years):"), m_retention);

    auto *side = new QVBoxLayout;
    side->addWidget(logo);
    side->addWidget(defaults);
    side->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(details, 3);
    columns->addLayout(side, 2);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_message, 1);
    saveRow->addWidget(m_save, 0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addLayout(saveRow);
    layout->addStretch();

    const QList<QWidget *> tabOrder {
        m_legalName,  m_address,  m_taxId,   m_iban,         m_bic,       m_footer, m_chooseLogo,
        m_removeLogo, m_currency, m_taxRate, m_paymentTerms, m_retention, m_save};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder[i - 1], tabOrder[i]);

    for (QLineEdit *edit : {m_legalName, m_taxId, m_iban, m_bic})
        connect(edit, &QLineEdit::textChanged, this, &AgencyProfileTab::updateButtons);
    for (QPlainTextEdit *edit : {m_address, m_footer})
        connect(edit, &QPlainTextEdit::textChanged, this, &AgencyProfileTab::updateButtons);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &AgencyProfileTab::updateButtons);
    connect(m_taxRate, &QDoubleSpinBox::valueChanged, this, &AgencyProfileTab::updateButtons);
    for (QSpinBox *box : {m_paymentTerms, m_retention})
        connect(box, &QSpinBox::valueChanged, this, &AgencyProfileTab::updateButtons);
    connect(m_chooseLogo, &QPushButton::clicked, this, &AgencyProfileTab::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &AgencyProfileTab::removeLogo);
    connect(m_save, &QPushButton::clicked, this, &AgencyProfileTab::save);

    setEnabled(false);
    showLogo();
    updateButtons();
}

void AgencyProfileTab::setProfile(const AgencyProfile &profile)
{
    m_legalName->setText(profile.legalName);
    m_address->setPlainText(profile.address);
    m_taxId->setText(profile.taxId);
    m_iban->setText(profile.iban);
    m_bic->setText(profile.bic);
    m_footer->setPlainText(profile.invoiceFooter);
    // A code this version does not offer still shows, so saving does not change it silently.
    if (m_currency->findText(profile.defaultCurrency) < 0)
        m_currency->addItem(profile.defaultCurrency);
    m_currency->setCurrentText(profile.defaultCurrency);
    m_taxRate->setValue(double(profile.defaultTaxRateBp) / BasisPointsPerPercent);
    m_paymentTerms->setValue(profile.paymentTermsDays);
    m_retention->setValue(profile.retentionYears);
    m_logo = profile.logo;
    // The argument, not what the form shows: a value the widgets had to clamp counts as an edit.
    m_loaded = true;
    m_stored = profile;
    setEnabled(true);
    showLogo();
    showMessage(QString(), false);
    updateButtons();
}

AgencyProfile AgencyProfileTab::profile() const
{
    AgencyProfile profile;
    profile.legalName = m_legalName->text();
    profile.address = m_address->toPlainText();
    profile.taxId = m_taxId->text();
    profile.iban = m_iban->text();
    profile.bic = m_bic->text();
    profile.logo = m_logo;
    profile.invoiceFooter = m_footer->toPlainText();
    profile.defaultCurrency = m_currency->currentText();
    profile.defaultTaxRateBp = qRound(m_taxRate->value() * BasisPointsPerPercent);
    profile.paymentTermsDays = m_paymentTerms->value();
    profile.retentionYears = m_retention->value();
    return profile;
}

bool AgencyProfileTab::isModified() const
{
    return m_loaded && !sameProfile(profile(), m_stored);
}

void AgencyProfileTab::showMessage(const QString &message, bool error)
{
    // Bold and red, and the text itself says what is wrong: colour is never the only cue.
    m_message->setStyleSheet(error ? QStringLiteral("color: %1; font-weight: bold;")
                                         .arg(Appearance::errorColor(palette()).name())
                                   : QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString AgencyProfileTab::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AgencyProfileTab::save()
{
    if (!m_loaded)
        return;
    const AgencyProfile edited = profile();
    if (auto valid = edited.validate(); !valid) {
        showMessage(valid.error().message(), true);
        return;
    }
    showMessage(QString(), false);
    Q_EMIT saveRequested(edited);
}

QString AgencyProfileTab::chooseLogoFile()
{
    QStringList patterns;
    const QList<QByteArray> formats = readableLogoFormats();
    for (const QByteArray &format : formats) {
        patterns << (format == "jpeg" ? QStringLiteral("*.jpg *.jpeg")
                                      : QStringLiteral("*.") + QString::fromLatin1(format));
    }
    return QFileDialog::getOpenFileName(this, tr("Choose Logo"), QString(),
                                        tr("Images (%1)").arg(patterns.join(u' ')));
}

void AgencyProfileTab::chooseLogo()
{
    const QString path = chooseLogoFile();
    if (!path.isEmpty())
        loadLogo(path);
}

void AgencyProfileTab::loadLogo(const QString &path)
{
    const QString tooLarge =
        tr("The logo file is larger than %1. Choose a smaller image.")
            .arg(locale().formattedDataSize(MaxLogoBytes, 0, QLocale::DataSizeTraditionalFormat));
    if (QFileInfo(path).size() > MaxLogoBytes) {
        showMessage(tooLarge, true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Could not read the logo file: %1").arg(file.errorString()), true);
        return;
    }
    // Read at most one byte more than allowed: a file that grew since it was sized is refused.
    QByteArray bytes = file.read(MaxLogoBytes + 1);
    if (bytes.size() > MaxLogoBytes) {
        showMessage(tooLarge, true);
        return;
    }
    // The content decides, not the file name: a renamed text file is not an image.
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const bool knownFormat = readableLogoFormats().contains(reader.format());
    if (!knownFormat || reader.read().isNull()) {
        showMessage(tr("This file is not a PNG, JPEG or SVG image ClientDesk can read. Choose "
                       "another file."),
                    true);
        return;
    }
    m_logo = bytes;
    showMessage(QString(), false);
    showLogo();
    updateButtons();
}

void AgencyProfileTab::removeLogo()
{
    m_logo.clear();
    showLogo();
    updateButtons();
    m_chooseLogo->setFocus();
}

void AgencyProfileTab::showLogo()
{
    QPixmap pixmap;
    if (m_logo.isEmpty() || !pixmap.loadFromData(m_logo)) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(m_logo.isEmpty() ? tr("No logo") : tr("Logo cannot be shown"));
        return;
    }
    const QSize room = m_logoPreview->contentsRect().size() - QSize(8, 8);
    m_logoPreview->setPixmap(pixmap.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void AgencyProfileTab::updateButtons()
{
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    m_save->setEnabled(isModified());
}

} // namespace ClientDesk

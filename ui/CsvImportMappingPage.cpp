// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CsvImportMappingPage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
// The fields a row cannot do without (the importer says the same, later, at line 1).
QStringList requiredFields(CsvImporter::Entity entity)
{
    if (entity == CsvImporter::Entity::Clients)
        return {QStringLiteral("name")};
    return {QStringLiteral("client"), QStringLiteral("name")};
}
} // namespace

CsvImportMappingPage::CsvImportMappingPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_columns(new QWidget(this))
    , m_columnsLayout(new QGridLayout(m_columns))
    , m_preview(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose the field each column of the file fills. Columns set to \"Do not "
                   "import\" are left out."));

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Columns of the file"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_columns);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *previewLabel = new QLabel(tr("&Preview of the first rows:"), this);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->verticalHeader()->hide();

    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_message);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
}

QString CsvImportMappingPage::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("legal_name"), QT_TR_NOOP("Legal name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("billing_address"), QT_TR_NOOP("Billing address")},
        {QStringLiteral("tax_id"), QT_TR_NOOP("Tax ID")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("tags"), QT_TR_NOOP("Tags")},
        {QStringLiteral("client"), QT_TR_NOOP("Client (name or id)")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void CsvImportMappingPage::initializePage()
{
    const CsvImportWizard::Preview &preview = m_wizard->preview();
    if (preview.path != m_builtForPath || preview.header != m_builtForHeader
        || preview.entity != m_builtForEntity || m_fields.isEmpty())
        rebuild();
    showMessage(QString());
}

void CsvImportMappingPage::rebuild()
{
    const CsvImportWizard::Preview &preview = m_wizard->preview();
    m_builtForPath = preview.path;
    m_builtForHeader = preview.header;
    m_builtForEntity = preview.entity;
    qDeleteAll(m_columns->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_fields.clear();

    const QStringList fields = CsvImporter::fields(preview.entity);
    const QHash<QString, QString> suggested =
        CsvImporter::suggestMapping(preview.entity, preview.header);
    m_columnsLayout->addWidget(new QLabel(tr("Column in the file"), m_columns), 0, 0);
    m_columnsLayout->addWidget(new QLabel(tr("Field"), m_columns), 0, 1);
    for (qsizetype i = 0; i < preview.header.size(); ++i) {
        const QString &column = preview.header.at(i);
        const QString shown = column.trimmed().isEmpty() ? tr("(no name)") : column;
        auto *label = new QLabel(shown, m_columns);
        label->setTextFormat(Qt::PlainText);
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("fieldForColumn%1").arg(i));
        combo->setAccessibleName(
            tr("Field for column %1, \"%2\"").arg(QString::number(i + 1), shown));
        combo->addItem(tr("Do not import"), QString());
        for (const QString &field : fields)
            combo->addItem(fieldLabel(field), field);
        // The importer finds columns by name: of two columns with one name, it could not say
        // which one a field means, so neither is offered.
        if (preview.header.count(column) > 1 || column.trimmed().isEmpty()) {
            combo->setEnabled(false);
            combo->setToolTip(column.trimmed().isEmpty()
                                  ? tr("This column has no name in the first row.")
                                  : tr("Another column has the same name; rename one in the "
                                       "file to import it."));
        } else {
            combo->setCurrentIndex(qMax(0, combo->findData(suggested.value(column))));
        }
        label->setBuddy(combo);
        m_columnsLayout->addWidget(label, int(i) + 1, 0);
        m_columnsLayout->addWidget(combo, int(i) + 1, 1);
        m_fields << combo;
    }
    m_columnsLayout->setColumnStretch(1, 1);
    m_columnsLayout->setRowStretch(int(preview.header.size()) + 1, 1);

    m_preview->clear();
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setHorizontalHeaderLabels(preview.header);
    m_preview->setRowCount(int(preview.rows.size()));
    for (qsizetype row = 0; row < preview.rows.size(); ++row) {
        const QStringList &cells = preview.rows.at(row);
        for (qsizetype column = 0; column < cells.size(); ++column)
            m_preview->setItem(int(row), int(column), new QTableWidgetItem(cells.at(column)));
    }
}

bool CsvImportMappingPage::validatePage()
{
    const CsvImportWizard::Preview &preview = m_wizard->preview();
    QHash<QString, QString> mapping;
    QHash<QString, QString> columnOfField;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const QString &column = preview.header.at(i);
        const QString field =
            m_fields.at(i)->isEnabled() ? m_fields.at(i)->currentData().toString() : QString();
        if (!field.isEmpty() && columnOfField.contains(field)) {
            showMessage(tr("Two columns fill %1: \"%2\" and \"%3\". Choose one of them.")
                            .arg(fieldLabel(field), columnOfField.value(field), column));
            m_fields.at(i)->setFocus();
            return false;
        }
        if (!field.isEmpty())
            columnOfField.insert(field, column);
        // Every column is named, so none falls back on a suggestion the person undid.
        mapping.insert(column, field);
    }
    for (const QString &field : requiredFields(preview.entity)) {
        if (!columnOfField.contains(field)) {
            showMessage(tr("Choose the column that holds %1.").arg(fieldLabel(field)));
            return false;
        }
    }
    showMessage(QString());
    m_wizard->setMapping(mapping);
    return true;
}

void CsvImportMappingPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace ClientDesk

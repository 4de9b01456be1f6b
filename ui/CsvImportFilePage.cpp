// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CsvImportFilePage.h"

#include "models/store/CsvReader.h"

#include <QButtonGroup>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ClientDesk {

namespace {
// Enough of the file's start to tell text from binary data.
constexpr qint64 SniffBytes = 4096;

Error invalid(const QString &message)
{
    return Error(ErrorKind::InvalidInput, message);
}

// Text has no NUL bytes, unless it is UTF-16, which starts with its byte order mark.
bool looksBinary(const QByteArray &start)
{
    if (start.startsWith("\xff\xfe") || start.startsWith("\xfe\xff"))
        return false;
    return start.contains('\0');
}
} // namespace

CsvImportFilePage::CsvImportFilePage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse\u2026"), this))
    , m_clients(new QRadioButton(tr("&Clients"), this))
    , m_contacts(new QRadioButton(tr("C&ontacts"), this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A CSV file whose first row names the columns, as spreadsheets export it."));

    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_browse->setAccessibleName(tr("Browse for the file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *holds = new QGroupBox(tr("The file holds"), this);
    m_clients->setAccessibleName(tr("The file holds clients"));
    m_contacts->setAccessibleName(tr("The file holds contacts"));
    m_clients->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_clients);
    group->addButton(m_contacts);
    auto *holdsLayout = new QVBoxLayout(holds);
    holdsLayout->addWidget(m_clients);
    holdsLayout->addWidget(m_contacts);
    auto *contactsHint = new QLabel(
        tr("Contacts name their client in a column, by the client's name or id."), holds);
    contactsHint->setWordWrap(true);
    holdsLayout->addWidget(contactsHint);

    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    // Bold sets the problem apart without relying on colour.
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(holds);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        showMessage(QString());
        Q_EMIT completeChanged();
    });
    connect(m_browse, &QPushButton::clicked, this, &CsvImportFilePage::browse);
}

bool CsvImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool CsvImportFilePage::validatePage()
{
    const auto entity =
        m_contacts->isChecked() ? CsvImporter::Entity::Contacts : CsvImporter::Entity::Clients;
    auto preview = readPreview(QDir::fromNativeSeparators(m_path->text().trimmed()), entity);
    if (!preview) {
        showMessage(preview.error().message());
        return false;
    }
    showMessage(QString());
    m_wizard->setPreview(std::move(preview.value()));
    return true;
}

Result<CsvImportWizard::Preview> CsvImportFilePage::readPreview(const QString &path,
                                                                CsvImporter::Entity entity)
{
    const QFileInfo info(path);
    if (!info.exists())
        return invalid(tr("There is no file at this path. Check the name, or choose the file "
                          "with Browse."));
    if (info.isDir())
        return invalid(tr("This is a folder. Choose a CSV file in it."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     tr("The file could not be opened (%1). Check that you may read it.")
                         .arg(file.errorString()));
    if (looksBinary(file.peek(SniffBytes)))
        return invalid(tr("This is not a CSV file: it holds binary data. Export the data from "
                          "your spreadsheet as CSV and choose that file."));
    CsvReader reader(file);
    CsvImportWizard::Preview preview {path, entity, {}, {}};
    switch (reader.next()) {
    case CsvReader::Step::End:
        return invalid(tr("The file is empty. It needs a first row naming the columns, and a "
                          "row for each record."));
    case CsvReader::Step::Problem:
        return invalid(tr("This file cannot be imported: %1").arg(reader.problem().message));
    case CsvReader::Step::Record:
        break;
    }
    preview.header = reader.record().fields;
    bool named = false;
    for (const QString &column : std::as_const(preview.header))
        named = named || !column.trimmed().isEmpty();
    if (!named)
        return invalid(tr("The first row is empty. It must name the columns, such as "
                          "\"Name\" and \"Email\"."));
    while (preview.rows.size() < PreviewRows) {
        const CsvReader::Step step = reader.next();
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Record) {
            preview.rows << reader.record().fields;
            continue;
        }
        // A file that cannot be read on is named now; a bad row is named with all the others
        // once the import has checked every row.
        if (reader.failed())
            return invalid(tr("This file cannot be imported: %1").arg(reader.problem().message));
    }
    return preview;
}

void CsvImportFilePage::browse()
{
    const QString chosen = m_wizard->chooseFile();
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    m_path->setFocus();
}

void CsvImportFilePage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace ClientDesk

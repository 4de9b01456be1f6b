// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CsvImportResultPage.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <limits>

namespace ClientDesk {

CsvImportResultPage::CsvImportResultPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_errors(new QListWidget(this))
{
    setTitle(tr("Import Finished"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setAccessibleName(tr("Rows to fix"));
    // Messages are sentences: wrapped, they are read whole.
    m_errors->setWordWrap(true);
    m_errors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_errors->setResizeMode(QListView::Adjust);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
}

void CsvImportResultPage::initializePage()
{
    m_errors->clear();
    const auto &outcome = m_wizard->outcome();
    const bool contacts = m_wizard->preview().entity == CsvImporter::Entity::Contacts;
    if (!outcome) {
        m_summary->setText(tr("Nothing was imported."));
    } else if (!*outcome) {
        setTitle(tr("Nothing Imported"));
        m_summary->setText(outcome->error().message());
    } else if (!(*outcome)->errors.isEmpty()) {
        const auto &errors = (*outcome)->errors;
        setTitle(tr("Nothing Imported"));
        m_summary->setText(
            tr("Nothing was imported: %Ln problem(s) to fix. Correct the file and import it "
               "again, or go Back to change which field each column fills.",
               nullptr, int(errors.size())));
        for (const CsvImporter::RowError &error : errors)
            m_errors->addItem(error.message);
    } else {
        setTitle(tr("Import Finished"));
        const int imported =
            int(qMin<qint64>((*outcome)->imported, std::numeric_limits<int>::max()));
        m_summary->setText(contacts ? tr("%Ln contact(s) imported.", nullptr, imported)
                                    : tr("%Ln client(s) imported.", nullptr, imported));
    }
    m_errors->setVisible(m_errors->count() > 0);
}

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CsvImportWizard.h"

#include "ui/CsvImportFilePage.h"
#include "ui/CsvImportMappingPage.h"
#include "ui/CsvImportResultPage.h"
#include "ui/CsvImportRunPage.h"

#include <QAbstractButton>
#include <QFileDialog>

#include <utility>

namespace ClientDesk {

CsvImportWizard::CsvImportWizard(Session &session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import from CSV"));
    setPage(FilePageId, new CsvImportFilePage(this));
    setPage(MappingPageId, new CsvImportMappingPage(this));
    setPage(RunPageId, new CsvImportRunPage(this));
    setPage(ResultPageId, new CsvImportResultPage(this));
    setStartId(FilePageId);
    setOption(QWizard::NoBackButtonOnStartPage);
    const std::pair<WizardButton, QString> names[] = {
        {BackButton, tr("Back")},     {NextButton, tr("Next")},     {CommitButton, tr("Commit")},
        {FinishButton, tr("Finish")}, {CancelButton, tr("Cancel")}, {HelpButton, tr("Help")},
    };
    for (const auto &[which, name] : names)
        button(which)->setAccessibleName(name);
    setMinimumSize(720, 560);
    connect(this, &QWizard::currentIdChanged, this, &CsvImportWizard::pageChanged);
}

CsvImportWizard::~CsvImportWizard() = default;

void CsvImportWizard::setPreview(Preview preview)
{
    m_preview = std::move(preview);
}

void CsvImportWizard::setOutcome(std::optional<Result<CsvImporter::Report>> outcome)
{
    m_outcome = std::move(outcome);
}

QString CsvImportWizard::chooseFile()
{
    return QFileDialog::getOpenFileName(this, tr("Choose a CSV File"), QString(),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
}

void CsvImportWizard::done(int result)
{
    Q_EMIT closing();
    QWizard::done(result);
}

void CsvImportWizard::pageChanged(int id)
{
    const int previous = std::exchange(m_currentId, id);
    // Back from the outcome goes to the mapping: the import page has nothing to show or do
    // once its import has ended, and Next from the mapping imports again.
    if (id == RunPageId && previous == ResultPageId)
        back();
}

} // namespace ClientDesk

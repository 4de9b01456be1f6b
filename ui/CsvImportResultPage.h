// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import's last step: how many records were imported, or why none were: the rows to fix
// (line and problem), a failure, or the import stopped. Back leads to the mapping.
#pragma once

#include "ui/CsvImportWizard.h"

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace ClientDesk {

class CsvImportResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportResultPage(CsvImportWizard *wizard);

    void initializePage() override;

private:
    CsvImportWizard *m_wizard;
    QLabel *m_summary;
    QListWidget *m_errors;
};

} // namespace ClientDesk

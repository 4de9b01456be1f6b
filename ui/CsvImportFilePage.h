// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import's first step: the file (typed or browsed for) and whether it holds clients or
// contacts. Going on reads its header and first rows, and a file that cannot be imported (missing,
// a folder, unreadable, binary, empty, without a header) is named here with what is wrong.
#pragma once

#include "models/domain/Result.h"
#include "ui/CsvImportWizard.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace ClientDesk {

class CsvImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    // Rows read ahead for the mapping page's preview.
    static constexpr int PreviewRows = 5;

    explicit CsvImportFilePage(CsvImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    // Reads the header and the first rows of `path`; the error says what is wrong for a person.
    static Result<CsvImportWizard::Preview> readPreview(const QString &path,
                                                        CsvImporter::Entity entity);

private:
    void browse();
    void showMessage(const QString &message);

    CsvImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QRadioButton *m_clients;
    QRadioButton *m_contacts;
    QLabel *m_message;
};

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import's second step: which field each column of the file fills, suggested from the
// column names, beside a preview of the first rows.
#pragma once

#include "ui/CsvImportWizard.h"

#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace ClientDesk {

class CsvImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvImportMappingPage(CsvImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // A field key as a person reads it: "billing_address" is "Billing address".
    static QString fieldLabel(const QString &field);

private:
    void rebuild();
    void showMessage(const QString &message);

    CsvImportWizard *m_wizard;
    QWidget *m_columns;
    QGridLayout *m_columnsLayout;
    QList<QComboBox *> m_fields;
    QTableWidget *m_preview;
    QLabel *m_message;
    // What the combo boxes were built for: going back and on again keeps the person's choices.
    QString m_builtForPath;
    QStringList m_builtForHeader;
    CsvImporter::Entity m_builtForEntity = CsvImporter::Entity::Clients;
};

} // namespace ClientDesk

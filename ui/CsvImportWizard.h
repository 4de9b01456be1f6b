// SPDX-License-Identifier: GPL-3.0-or-later
// Imports clients or contacts from a CSV file in four steps: choose the file, match its columns
// to fields, import on a worker (with progress and a Stop that leaves nothing behind), and the
// outcome: how many were imported, or the rows to fix with nothing imported.
#pragma once

#include "models/domain/Result.h"
#include "models/store/CsvImporter.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWizard>

#include <optional>

namespace ClientDesk {

class Session;

class CsvImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, RunPageId, ResultPageId };

    // What the file page read from the chosen file, for the mapping page.
    struct Preview
    {
        QString path;
        CsvImporter::Entity entity = CsvImporter::Entity::Clients;
        QStringList header;
        // The first few rows, as the file has them.
        QList<QStringList> rows;
    };

    explicit CsvImportWizard(Session &session, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    Session &session() const { return m_session; }

    const Preview &preview() const { return m_preview; }
    void setPreview(Preview preview);
    // Header column → field key; a column mapped to an empty key is not imported.
    QHash<QString, QString> mapping() const { return m_mapping; }
    void setMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }
    // How the last import ended; empty until one has.
    const std::optional<Result<CsvImporter::Report>> &outcome() const { return m_outcome; }
    void setOutcome(std::optional<Result<CsvImporter::Report>> outcome);

    // Asks for the file to import; empty when the person cancelled. Tests override it.
    virtual QString chooseFile();

    // Closing the wizard stops an import that is still running; it imports nothing.
    void done(int result) override;

Q_SIGNALS:
    // Emitted by done(): an import still running must stop.
    void closing();

private:
    void pageChanged(int id);

    Session &m_session;
    Preview m_preview;
    QHash<QString, QString> m_mapping;
    std::optional<Result<CsvImporter::Report>> m_outcome;
    int m_currentId = -1;
};

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import's third step: the import itself, on a worker thread with its own connection,
// showing the rows checked and then the rows written; Stop ends it with nothing imported.
#pragma once

#include "models/domain/Result.h"
#include "models/store/CsvImporter.h"
#include "ui/CsvImportWizard.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ClientDesk {

class CsvImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    // The page cache of the import's connection: bulk inserts with random keys run several
    // times faster with a large one (ARCHITECTURE.md).
    static constexpr int ImportCacheKiB = 64 * 1024;

    explicit CsvImportRunPage(CsvImportWizard *wizard);
    ~CsvImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    // Asks the running import to stop; it rolls back and imports nothing.
    void stop();

private:
    void start();
    void finished();
    void notifyImported();
    void showRows(int generation, qint64 rows);

    CsvImportWizard *m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QFutureWatcher<Result<CsvImporter::Report>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Set when the page was left while its import ran: that import's outcome is not shown.
    bool m_abandoned = false;
    // Set when the page was entered again before the previous import had wound down.
    bool m_startWhenIdle = false;
    bool m_done = false;
    // Which import the progress reports belong to: a stopped one may still report once.
    int m_generation = 0;
    bool m_writing = false;
    qint64 m_lastRows = -1;
    qint64 m_rowsChecked = 0;
};

} // namespace ClientDesk

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CsvImportRunPage.h"

#include "models/crypto/KeyRing.h"
#include "models/store/Store.h"
#include "models/store/StoreError.h"
#include "models/store/WorkspaceSettings.h"
#include "ui/Session.h"

#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

namespace ClientDesk {

namespace {
struct ImportJob
{
    QString csvPath;
    CsvImporter::Entity entity;
    QHash<QString, QString> mapping;
    QString storePath;
    std::shared_ptr<const SecretBytes> dataKey;
    const Clock *clock;
};

// The audit entries of the import name the same member and device as the GUI's writes: the
// workspace's owner and this device, as Workspace reads them when it opens.
Result<void> setActor(Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id FROM member WHERE role = 'owner' AND deleted_at IS NULL LIMIT 1")))
        return StoreError::from(query.lastError());
    const QString ownerId = query.next() ? query.value(0).toString() : QString();
    query.finish();
    auto device = WorkspaceSettings(store).value(WorkspaceSettings::DeviceId);
    if (!device)
        return device.error();
    store.setActor(ownerId, device->value_or(QString()));
    return {};
}

Result<CsvImporter::Report> runImport(const ImportJob &job,
                                      const std::function<bool(qint64)> &progress)
{
    QFile file(job.csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     CsvImportRunPage::tr("The file could not be opened again (%1); nothing was "
                                          "imported.")
                         .arg(file.errorString()));
    auto store = Store::open(job.storePath, *job.dataKey, *job.clock,
                             {.cacheKiB = CsvImportRunPage::ImportCacheKiB});
    if (!store)
        return store.error();
    if (auto actor = setActor(**store); !actor)
        return actor.error();
    return CsvImporter(**store).import(file, job.entity, job.mapping, progress);
}
} // namespace

CsvImportRunPage::CsvImportRunPage(CsvImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("&Stop Import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Every row is checked before the first one is written. Nothing is imported "
                   "unless every row can be."));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_stop->setAccessibleName(tr("Stop import"));
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(stopRow);
    layout->addStretch();

    connect(m_stop, &QPushButton::clicked, this, &CsvImportRunPage::stop);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CsvImportRunPage::finished);
    connect(wizard, &CsvImportWizard::closing, this, [this] {
        m_abandoned = true;
        m_startWhenIdle = false;
        stop();
    });
}

CsvImportRunPage::~CsvImportRunPage()
{
    // The worker reports progress to this page and uses the session's clock: it must end
    // first. Stopped, it rolls back at its next hundred rows.
    stop();
    m_watcher.waitForFinished();
}

void CsvImportRunPage::initializePage()
{
    m_done = false;
    m_abandoned = false;
    m_writing = false;
    m_lastRows = -1;
    m_rowsChecked = 0;
    m_wizard->setOutcome(std::nullopt);
    m_status->setText(tr("Checking rows\u2026"));
    m_progress->setRange(0, 0);
    m_stop->setEnabled(true);
    m_stop->setFocus();
    if (m_watcher.isRunning()) {
        // The import left a moment ago is still rolling back; this one follows it.
        m_startWhenIdle = true;
        return;
    }
    start();
}

void CsvImportRunPage::cleanupPage()
{
    // Back while importing: stop, and show nothing of that import.
    if (m_watcher.isRunning()) {
        m_abandoned = true;
        stop();
    }
}

bool CsvImportRunPage::isComplete() const
{
    return m_done;
}

void CsvImportRunPage::stop()
{
    if (!m_cancel || !m_watcher.isRunning())
        return;
    m_cancel->store(true);
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping; nothing will be imported\u2026"));
}

void CsvImportRunPage::start()
{
    const CsvImportWizard::Preview &preview = m_wizard->preview();
    Session &session = m_wizard->session();
    ImportJob job {preview.path,
                   preview.entity,
                   m_wizard->mapping(),
                   session.storePath(),
                   std::make_shared<const SecretBytes>(session.keyRing().dataKey().clone()),
                   &session.clock()};
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const int generation = ++m_generation;
    // Progress travels to the page as queued calls: the page outlives the worker (its
    // destructor waits), and the calls arrive in order.
    const auto progress = [this, cancel, generation](qint64 rows) {
        QMetaObject::invokeMethod(
            this, [this, generation, rows] { showRows(generation, rows); }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_watcher.setFuture(QtConcurrent::run(runImport, std::move(job), progress));
}

void CsvImportRunPage::showRows(int generation, qint64 rows)
{
    if (generation != m_generation || m_abandoned || m_cancel->load())
        return;
    // Rows are counted twice, checking and then writing; the count starting over marks the
    // second pass.
    if (!m_writing && rows <= m_lastRows) {
        m_writing = true;
        m_rowsChecked = m_lastRows;
        m_progress->setRange(0, int(qMin<qint64>(m_rowsChecked, std::numeric_limits<int>::max())));
    }
    m_lastRows = rows;
    const QLocale here = locale();
    if (!m_writing) {
        m_status->setText(tr("Checking rows\u2026 %1 checked").arg(here.toString(rows)));
        return;
    }
    m_progress->setValue(int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    m_status->setText(tr("Writing rows\u2026 %1 of %2 written")
                          .arg(here.toString(rows), here.toString(m_rowsChecked)));
}

void CsvImportRunPage::finished()
{
    if (m_startWhenIdle) {
        m_startWhenIdle = false;
        start();
        return;
    }
    Result<CsvImporter::Report> outcome = m_watcher.result();
    const bool imported = outcome && outcome->errors.isEmpty() && outcome->imported > 0;
    if (m_abandoned) {
        // Left while the rows were already being committed: they are in, so the lists must
        // still show them (the wizard has moved on and shows nothing more).
        if (imported)
            notifyImported();
        return;
    }
    m_wizard->setOutcome(std::move(outcome));
    m_done = true;
    m_stop->setEnabled(false);
    Q_EMIT completeChanged();
    if (imported)
        notifyImported();
    m_wizard->next();
}

void CsvImportRunPage::notifyImported()
{
    // Lists of clients (and their contacts) read the new rows.
    m_wizard->session().notifyChanged(Session::Record::Client, QString());
    if (m_wizard->preview().entity == CsvImporter::Entity::Contacts)
        m_wizard->session().notifyChanged(Session::Record::Contact, QString());
}

} // namespace ClientDesk

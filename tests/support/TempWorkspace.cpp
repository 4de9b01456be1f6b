// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TempWorkspace.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTest>

namespace ClientDesk::Test {

namespace {
QString temporaryBase()
{
    const QString base = qEnvironmentVariable("CLIENTDESK_TEST_TMP");
    if (base.isEmpty())
        return QDir::tempPath() + QStringLiteral("/clientdesk-test-XXXXXX");
    QDir().mkpath(base);
    return base + QStringLiteral("/ws-XXXXXX");
}
} // namespace

WorkspaceSetup TempWorkspace::setup()
{
    WorkspaceSetup setup;
    setup.workspaceName = QStringLiteral("Nordlicht Studio");
    setup.region = Region::EuEea;
    setup.ownerName = OwnerName;
    setup.ownerEmail = OwnerEmail;
    return setup;
}

TempWorkspace::TempWorkspace()
    : m_root(temporaryBase())
    , m_dir(m_root.path() + QStringLiteral("/workspace"))
{ }

std::unique_ptr<Workspace> TempWorkspace::create()
{
    auto created = Workspace::create(m_dir, setup(), Passphrase, m_clock, fastKdf());
    if (!created) {
        QTest::qFail(qPrintable(created.error().message()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(created.value());
}

Result<std::unique_ptr<Workspace>> TempWorkspace::open()
{
    auto keys = Workspace::unlock(m_dir, Passphrase);
    if (!keys)
        return keys.error();
    return Workspace::open(m_dir, std::move(keys.value()), m_clock);
}

QMap<QString, QByteArray> TempWorkspace::snapshot() const
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hashes.insert(QDir(m_dir).relativeFilePath(path), hash.result());
    }
    return hashes;
}

} // namespace ClientDesk::Test

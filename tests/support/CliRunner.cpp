// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/CliRunner.h"

#include "app/cli/Cli.h"
#include "tests/support/ScriptedPrompt.h"
#include "tests/support/TempWorkspace.h"

#include <QFile>
#include <QProcess>

namespace ClientDesk::Test {

CliRunner::CliRunner(QString root)
    : m_root(std::move(root))
{ }

CliRunner::Run CliRunner::run(const QStringList &arguments, const QStringList &answers,
                              bool interactive)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    ScriptedPrompt prompt(answers, interactive);
    CliContext context {out,
                        err,
                        prompt,
                        m_clock,
                        AppPaths(m_root + QStringLiteral("/home")),
                        TempWorkspace::fastKdf()};
    result.exitCode = Cli(context).run(QStringList {QStringLiteral("clientdesk-cli")} + arguments);
    out.flush();
    err.flush();
    return result;
}

CliRunner::Run CliRunner::runBinary(const QStringList &arguments,
                                    const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment merged = QProcessEnvironment::systemEnvironment();
    merged.insert(QStringLiteral("CLIENTDESK_HOME"), m_root + QStringLiteral("/home"));
    merged.insert(environment);
    process.setProcessEnvironment(merged);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CLIENTDESK_CLI_PATH), arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliRunner::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = m_root + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(contents);
    return path;
}

} // namespace ClientDesk::Test

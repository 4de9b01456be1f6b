// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ClientDesk {

QString Translations::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(QCoreApplication::instance());
    QString installed = QLocale::languageToCode(locale.language());
    // English is the source text; its file holds only the plural forms ("1 minute", "5
    // minutes"), and it is the fallback for a language ClientDesk does not speak.
    if (!ours->load(locale, QStringLiteral("clientdesk"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        installed = QStringLiteral("en");
        if (!ours->load(QStringLiteral("clientdesk_en"), QStringLiteral(":/i18n"))) {
            delete ours;
            return installed;
        }
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (installed != QLatin1String("en")
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}

} // namespace ClientDesk

// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// galley: `galley segment …`, `galley evaluate …` and `galley export …` run headless; anything else opens the review desk.
#include "cli/EvaluateCommand.h"
#include "cli/ExitCode.h"
#include "cli/ExportCommand.h"
#include "cli/SegmentCommand.h"
#include "cli/SubcommandHelp.h"
#include "MainWindow.h"
#include "ProjectController.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <cstdint>
#include <cstdlib>
#endif

namespace {

// The batch commands allocate and free large buffers many times over (each page's lines, windows,
// shared-unit counts and JSON). glibc hands every freed block above its mmap threshold back to the
// kernel and trims the heap's top, so the next such buffer is faulted in again page by page —
// 15-20 % of the time of `galley segment` on a 1 MB page (docs/performance.md). Freed memory is kept
// for reuse until the process ends instead, and the heap's first 240 MB of address space (reserved,
// not touched: no memory is used until a page is written) is marked for transparent huge pages,
// what glibc's own glibc.malloc.hugetlb=1 tunable does: a 1 MB page's 300 MB are then faulted in
// 2 MB at a time rather than 4 KB, and its look-ups miss the TLB less (2.04-2.09 -> 1.37-1.73 s wall
// on two cores, docs/performance.md). Where the kernel gives no huge pages, or the reservation
// fails, nothing changes but the speed. The review desk keeps glibc's defaults.
void keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    constexpr std::size_t kMmapThreshold = std::size_t(256) << 20;
    constexpr std::size_t kTrimThreshold = std::size_t(512) << 20;
    constexpr std::size_t kHugePageReserve = std::size_t(240) << 20; // below kMmapThreshold: from the heap
    constexpr std::uintptr_t kHugePage = std::uintptr_t(2) << 20;
    mallopt(M_MMAP_THRESHOLD, int(kMmapThreshold));
    mallopt(M_TRIM_THRESHOLD, int(kTrimThreshold));
    // Grow the heap once and free the block: it stays the heap's top (below the trim threshold).
    void *block = std::malloc(kHugePageReserve);
    if (!block)
        return;
    const auto start = reinterpret_cast<std::uintptr_t>(block);
    std::free(block);
    const std::uintptr_t from = (start + kHugePage - 1) & ~(kHugePage - 1);
    const std::uintptr_t to = (start + kHugePageReserve) & ~(kHugePage - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE); // advice: failure changes nothing
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    const QString sub = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (sub == QLatin1String("segment")) {
        keepFreedMemoryForReuse();
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galley"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
        return galley::cli::SegmentCommand::run(app.arguments().mid(2));
    }
    if (sub == QLatin1String("evaluate")) {
        keepFreedMemoryForReuse();
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galley"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
        return galley::cli::EvaluateCommand::run(app.arguments().mid(2));
    }
    if (sub == QLatin1String("export")) {
        keepFreedMemoryForReuse();
        // ODT and PDF lay out text with fonts, which needs a QGuiApplication; no display is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("galley"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
        return galley::cli::ExportCommand::run(app.arguments().mid(2));
    }
    if (sub == QLatin1String("--version")) {
        return galley::cli::printToStdout(QStringLiteral("galley " GALLEY_VERSION "\n"), QStringLiteral("galley"));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        return galley::cli::printToStdout(QStringLiteral(
            "Usage: galley [PAGE.txt | PROJECT.galley]        open the review desk\n"
            "       galley segment PAGE... [options]         find the articles on pages (no display needed)\n"
            "       galley evaluate PAGE GOLD... | DIR... [options] score the articles found against gold files\n"
            "       galley export PAGE_OR_PROJECT... [options] write corrected articles (no display needed)\n"
            "       galley --version\n"
            "\n"
            "galley segment --help, galley evaluate --help and galley export --help list their options.\n"),
            QStringLiteral("galley"));
    }
#ifdef Q_OS_UNIX
    // The review desk needs a display; say so instead of letting Qt abort.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QTextStream(stderr) << "galley: no display to open the review desk on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                               "Without a display use galley segment or galley export (see galley --help).\n";
        return galley::cli::Usage;
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Galley"));
    QApplication::setOrganizationName(QStringLiteral("Galley"));
    QApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
    // Desktop integration (packaging/): the desktop entry and icon share the application id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.galley.Galley"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.galley.Galley"),
                                                 QIcon(QStringLiteral(":/galley/icons/io.github.galley.Galley.svg"))));
    // UI language from the system locale: Simplified Chinese where translated (resources/translations/), else English.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plural forms ("1 article", "8 articles") under every language, the system language's
    // translation on top of them (the translator installed last is asked first).
    QTranslator english;
    if (english.load(QStringLiteral(":/galley/translations/galley_en.qm")))
        QApplication::installTranslator(&english);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("galley"), QStringLiteral("_"), QStringLiteral(":/galley/translations"))
        && translator.filePath() != english.filePath())
        QApplication::installTranslator(&translator);
    galley::MainWindow window;
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty())
        window.openFile(args.first());
    window.show();
    // Changes that a crashed or killed Galley left behind are offered once the window is up; a file named
    // on the command line is offered its own recovery file when it opens.
    if (args.isEmpty())
        QTimer::singleShot(0, &window, [&window] { window.projectController()->checkRecovery(); });
    return app.exec();
}

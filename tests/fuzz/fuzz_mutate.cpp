// The fuzz targets of FuzzTargets.cpp without libFuzzer: in every build (gcc included) ctest runs
// each target over its committed corpus and then over seeded mutations of it (Mutator), for a
// fixed number of inputs or seconds, whichever ends first. An input that crashes, aborts, lets an
// exception out or runs past the per-input limit is written to the artifact folder, to be
// committed under tests/data/fuzz-regressions/<target>/ with its fix.
//
//   fuzz_mutate TARGET --runs N --seconds S --seed S --artifacts DIR CORPUS_DIR...

#include "FuzzTargets.h"
#include "Mutator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr unsigned kSecondsPerInput = 10;

/// What the signal handlers save: the input being run, and where it goes. Set before every run.
struct CurrentInput
{
  const char *data = nullptr;
  qsizetype size = 0;
  char crashPath[4096] = {};
  char timeoutPath[4096] = {};
} g_current;

struct sigaction g_previous[NSIG];

void writeInput(const char *path)
{
  const int file = ::open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (file < 0)
    return;
  for (qsizetype written = 0; written < g_current.size;) {
    const ssize_t n = ::write(file, g_current.data + written, std::size_t(g_current.size - written));
    if (n <= 0)
      break;
    written += n;
  }
  ::close(file);
  const char note[] = "fuzz_mutate: the failing input is in ";
  (void)!::write(STDERR_FILENO, note, sizeof note - 1);
  (void)!::write(STDERR_FILENO, path, std::strlen(path));
  (void)!::write(STDERR_FILENO, "\n", 1);
}

/// Saves the input, then hands the signal to whoever had it (the default, or a sanitizer's
/// reporter): a fault happens again on return, abort() raises again.
void onCrash(int signal)
{
  writeInput(g_current.crashPath);
  sigaction(signal, &g_previous[signal], nullptr);
}

void onTimeout(int)
{
  writeInput(g_current.timeoutPath);
  const char note[] = "fuzz_mutate: an input ran past the per-input limit\n";
  (void)!::write(STDERR_FILENO, note, sizeof note - 1);
  ::_exit(124);
}

void installHandlers()
{
  for (const int signal : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT}) {
    struct sigaction action = {};
    action.sa_handler = onCrash;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, &g_previous[signal]);
  }
  std::signal(SIGALRM, onTimeout);
}

void copyPath(char (&to)[4096], const QString &path)
{
  const QByteArray bytes = QFile::encodeName(path);
  std::snprintf(to, sizeof to, "%s", bytes.constData());
}

std::vector<QByteArray> readCorpus(const QStringList &folders)
{
  std::vector<QByteArray> corpus;
  for (const QString &folder : folders) {
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
      QFile file(dir.filePath(name));
      if (file.open(QIODevice::ReadOnly))
        corpus.push_back(file.readAll());
    }
  }
  return corpus;
}

} // namespace

int main(int argc, char **argv)
{
  rc::fuzz::setUpFuzzingProcess(argv[0]);
  QStringList arguments;
  for (int i = 0; i < argc; ++i)
    arguments << QString::fromLocal8Bit(argv[i]);

  QCommandLineParser parser;
  parser.addPositionalArgument(u"target"_s, u"hj212, expression, project, vector, address or mqtt"_s);
  parser.addPositionalArgument(u"corpus"_s, u"folders of seed inputs"_s);
  const QCommandLineOption runsOption(u"runs"_s, u"mutated inputs to run"_s, u"count"_s, u"10000"_s);
  const QCommandLineOption secondsOption(u"seconds"_s, u"stop after this long"_s, u"seconds"_s, u"20"_s);
  const QCommandLineOption seedOption(u"seed"_s, u"of the mutations"_s, u"number"_s, u"1"_s);
  const QCommandLineOption artifactsOption(u"artifacts"_s, u"where a failing input goes"_s, u"folder"_s,
                                           QDir::currentPath());
  parser.addOptions({runsOption, secondsOption, seedOption, artifactsOption});
  parser.process(arguments);
  QStringList positional = parser.positionalArguments();
  const rc::fuzz::Target *target =
      positional.isEmpty() ? nullptr : rc::fuzz::findTarget(positional.takeFirst().toLatin1());
  if (!target) {
    std::fprintf(stderr, "%s", qPrintable(parser.helpText()));
    return 2;
  }
  const qint64 runs = parser.value(runsOption).toLongLong();
  const qint64 milliseconds = parser.value(secondsOption).toLongLong() * 1000;
  const std::uint64_t seed = parser.value(seedOption).toULongLong();
  const QString artifacts = parser.value(artifactsOption);
  QDir().mkpath(artifacts);
  copyPath(g_current.crashPath,
           artifacts + u"/%1-crash-seed%2"_s.arg(QLatin1StringView(target->name)).arg(seed));
  copyPath(g_current.timeoutPath,
           artifacts + u"/%1-timeout-seed%2"_s.arg(QLatin1StringView(target->name)).arg(seed));
  installHandlers();

  const std::vector<QByteArray> corpus = readCorpus(positional);
  qsizetype largest = 0;
  for (const QByteArray &input : corpus)
    largest = std::max(largest, input.size());
  rc::fuzz::Mutator mutator(corpus, seed, std::max<qsizetype>(4096, 2 * largest));

  const auto runOne = [&](const QByteArray &input) {
    g_current.data = input.constData();
    g_current.size = input.size();
    alarm(kSecondsPerInput);
    try {
      target->run(input);
    } catch (const std::exception &e) {
      std::fprintf(stderr, "fuzz_mutate: an exception escaped %s: %s\n", target->name, e.what());
      std::abort();
    }
    alarm(0);
  };

  QElapsedTimer clock;
  clock.start();
  for (const QByteArray &input : corpus)
    runOne(input);
  qint64 mutated = 0;
  while (mutated < runs && clock.elapsed() < milliseconds) {
    runOne(mutator.next());
    ++mutated;
  }
  std::printf("fuzz_mutate %s: %zu seeds and %lld mutated inputs (seed %llu) in %.1f s, no failure\n",
              target->name, corpus.size(), static_cast<long long>(mutated),
              static_cast<unsigned long long>(seed), double(clock.elapsed()) / 1000.0);
  return 0;
}

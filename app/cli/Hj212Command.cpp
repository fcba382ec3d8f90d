#include "cli/CommandLine.h"

#include "live/Hj212Parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct Hj212Command
{
  Q_DECLARE_TR_FUNCTIONS(rc::Hj212Command)
};

int fail(const QString &message, int status)
{
  std::fprintf(stderr, "rongcheng hj212: %s\n", message.toUtf8().constData());
  return status;
}

QString crcText(std::optional<quint16> crc)
{
  return crc ? QString::number(*crc, 16).toUpper().rightJustified(4, u'0') : QString();
}

/// A frame typed on a command line seldom carries a real CR LF: accept a written "\r\n" or none.
QByteArray frameBytes(const QString &argument)
{
  QByteArray bytes = argument.toUtf8();
  if (bytes.endsWith("\\r\\n"))
    bytes.chop(4);
  if (!bytes.endsWith("\r\n"))
    bytes += "\r\n";
  return bytes;
}

QJsonObject fieldsJson(const Hj212Frame &frame)
{
  QJsonObject fields{{u"QN"_s, frame.qn},
                     {u"ST"_s, frame.st},
                     {u"CN"_s, frame.cn},
                     {u"PW"_s, frame.pw},
                     {u"MN"_s, frame.mn}};
  if (frame.flag) {
    fields.insert(u"Flag"_s, *frame.flag);
    fields.insert(u"acknowledgementRequested"_s, frame.acknowledgementRequested());
    fields.insert(u"split"_s, frame.isSplit());
    fields.insert(u"version"_s, frame.version());
  }
  if (frame.isSplit()) {
    fields.insert(u"PNUM"_s, frame.packetCount);
    fields.insert(u"PNO"_s, frame.packetNumber);
  }
  QJsonArray cp;
  for (const auto &group : frame.cp) {
    QJsonObject items;
    for (const Hj212Item &item : group)
      items.insert(item.key, item.value);
    cp.append(items);
  }
  fields.insert(u"CP"_s, cp);
  if (const QDateTime time = frame.dataTime(); time.isValid())
    fields.insert(u"dataTime"_s, time.toString(Qt::ISODate));
  QJsonArray pollutants;
  for (const Hj212PollutantValues &values : frame.pollutants()) {
    QJsonObject pollutant{{u"code"_s, values.code}};
    if (values.code != values.originalCode)
      pollutant.insert(u"legacyCode"_s, values.originalCode);
    const auto put = [&pollutant](const QString &key, const std::optional<double> &value) {
      if (value)
        pollutant.insert(key, *value);
    };
    put(u"Rtd"_s, values.rtd);
    put(u"Min"_s, values.min);
    put(u"Avg"_s, values.avg);
    put(u"Max"_s, values.max);
    put(u"Cou"_s, values.cou);
    if (values.flag)
      pollutant.insert(u"Flag"_s, QString(QChar(char16_t(*values.flag))));
    if (values.malformed)
      pollutant.insert(u"malformed"_s, true);
    pollutants.append(pollutant);
  }
  fields.insert(u"pollutants"_s, pollutants);
  return fields;
}

} // namespace

int runHj212Command(const QStringList &arguments)
{
  QCommandLineParser parser;
  parser.addPositionalArgument(
      u"FRAME"_s, Hj212Command::tr("An HJ 212 frame, ##LLLL…CRC; “-” reads it from standard input."));
  const QCommandLineOption helpOption = parser.addHelpOption();
  if (!parser.parse(QStringList{u"rongcheng hj212"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (parser.isSet(helpOption)) {
    std::fputs(parser.helpText().toUtf8().constData(), stdout);
    return 0;
  }
  if (parser.positionalArguments().size() != 1)
    return fail(Hj212Command::tr("give exactly one frame: rongcheng hj212 FRAME"), 2);

  QByteArray bytes;
  if (parser.positionalArguments().first() == u"-"_s) {
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
      return fail(Hj212Command::tr("cannot read standard input"), 2);
    bytes = input.readAll();
    if (!bytes.endsWith("\r\n"))
      bytes = frameBytes(QString::fromLatin1(bytes.trimmed()));
  } else {
    bytes = frameBytes(parser.positionalArguments().first());
  }

  const Hj212ParseResult result = Hj212Parser().parse(bytes);
  QJsonObject json{{u"accepted"_s, result.ok()},
                   {u"lengthValid"_s, result.lengthValid()},
                   {u"crcValid"_s, result.crcValid()},
                   {u"declaredLength"_s, result.declaredLength},
                   {u"segmentLength"_s, result.segmentLength},
                   {u"declaredCrc"_s, crcText(result.declaredCrc)},
                   {u"computedCrc"_s, crcText(result.computedCrc)}};
  if (!result.ok()) {
    json.insert(u"rejection"_s, hj212RejectionName(result.rejection));
    json.insert(u"reason"_s, result.reason);
  }
  if (result.segmentRead)
    json.insert(u"fields"_s, fieldsJson(result.frame));
  std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
  return result.ok() ? 0 : 1;
}

} // namespace rc

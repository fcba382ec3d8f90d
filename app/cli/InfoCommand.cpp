#include "cli/CommandLine.h"

#include "data/VectorDataset.h"
#include "privacy/PersonalFields.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct InfoCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::InfoCommand)
};

void print(const QString &line)
{
  std::fputs(line.toUtf8().constData(), stdout);
  std::fputc('\n', stdout);
}

int fail(const QString &message, int status = 1)
{
  std::fprintf(stderr, "rongcheng info: %s\n", message.toUtf8().constData());
  return status;
}

QString formatValue(const QVariant &value)
{
  if (value.isNull())
    return u"NULL"_s;
  if (value.typeId() == QMetaType::Double)
    return QString::number(value.toDouble(), 'g', 15);
  return value.toString();
}

} // namespace

int runInfoCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption sampleOption(
      u"sample"_s, InfoCommand::tr("Print the attributes of the first N features."), u"N"_s);
  const QCommandLineOption encodingOption(
      u"encoding"_s, InfoCommand::tr("Text encoding of a shapefile's DBF (default: its .cpg, else GBK)."),
      u"encoding"_s);
  parser.addOptions({sampleOption, encodingOption});
  if (!parser.parse(QStringList{u"rongcheng info"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (parser.positionalArguments().size() != 1)
    return fail(InfoCommand::tr("give exactly one data source: rongcheng info PATH [--sample N]"), 2);
  int sample = 0;
  if (parser.isSet(sampleOption)) {
    bool ok = false;
    sample = parser.value(sampleOption).toInt(&ok);
    if (!ok || sample < 0)
      return fail(InfoCommand::tr("invalid --sample “%1”; expected a count").arg(parser.value(sampleOption)),
                  2);
  }

  const QString path = parser.positionalArguments().first();
  try {
    OpenOptions options;
    options.encoding = parser.value(encodingOption);
    const auto dataset = VectorDataset::open(path, options);
    print(u"Source: "_s + path);
    print(u"Driver: "_s + dataset->driverName());
    for (int i = 0; i < dataset->layerCount(); ++i) {
      const LayerSummary s = dataset->summary(i);
      print(u"Layer %1: %2"_s.arg(i + 1).arg(s.name));
      print(u"  Geometry: "_s + s.geometryType);
      print(u"  CRS: "_s +
            (s.crs.isValid()
                 ? (s.crs.authId().isEmpty() ? s.crs.name() : s.crs.authId() + u" ("_s + s.crs.name() + u')')
                 : InfoCommand::tr("none declared")));
      print(u"  Features: %1"_s.arg(s.featureCount));
      if (s.extent.isEmpty())
        print(u"  Extent: "_s + InfoCommand::tr("empty"));
      else
        print(u"  Extent: %1, %2 : %3, %4"_s.arg(s.extent.xMin, 0, 'f', 6)
                  .arg(s.extent.yMin, 0, 'f', 6)
                  .arg(s.extent.xMax, 0, 'f', 6)
                  .arg(s.extent.yMax, 0, 'f', 6));
      if (sample > 0) {
        QStringList fieldNames;
        const QList<QVariantMap> rows = dataset->sample(i, sample, &fieldNames);
        print(u"  Fields: "_s + fieldNames.join(u", "_s));
        // Personal fields print masked, classified as a layer's are (PersonalFields).
        QList<PersonalField> kinds;
        for (const QString &field : std::as_const(fieldNames)) {
          QStringList values;
          for (const QVariantMap &row : rows)
            values << row.value(field).toString();
          kinds << PersonalFields::kindOf({field, FieldType::String, {}}, values);
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
          QStringList cells;
          for (qsizetype c = 0; c < fieldNames.size(); ++c) {
            const QVariant value = rows[r].value(fieldNames[c]);
            cells << fieldNames[c] + u'=' +
                         (kinds[c] == PersonalField::None || value.isNull()
                              ? formatValue(value)
                              : PersonalDataMask::mask(kinds[c], value.toString()));
          }
          print(u"  [%1] %2"_s.arg(r + 1).arg(cells.join(u"; "_s)));
        }
      }
    }
  } catch (const DataError &e) {
    return fail(e.message());
  }
  return 0;
}

} // namespace rc

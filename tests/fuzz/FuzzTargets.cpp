#include "FuzzTargets.h"

#include "address/AddressIndex.h"
#include "address/AddressNormalizer.h"
#include "data/FeatureStore.h"
#include "data/VectorDataset.h"
#include "live/Hj212Crc.h"
#include "live/Hj212Intake.h"
#include "live/Hj212StreamSplitter.h"
#include "live/MqttFeed.h"
#include "live/StationCatalog.h"
#include "project/Project.h"
#include "style/Expression.h"

#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cpl_error.h>

#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace rc::fuzz {

namespace {

/// A broken invariant: abort, so that libFuzzer keeps the input and a replay fails.
void check(bool condition, const char *what)
{
  if (!condition) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
  }
}

/// A fixed "now", so that an input is judged the same way on every run.
QDateTime fixedNow()
{
  return QDateTime(QDate(2024, 7, 29), QTime(9, 0), QTimeZone(8 * 3600));
}

/// Scratch files of one process; the inputs of the file targets are written here.
const QTemporaryDir &scratch()
{
  static const QTemporaryDir dir;
  check(dir.isValid(), "a scratch folder");
  return dir;
}

QString writeScratch(const QString &name, QByteArrayView bytes)
{
  const QString path = scratch().filePath(name);
  QFile file(path);
  check(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "a writable scratch file");
  check(file.write(bytes.data(), bytes.size()) == bytes.size(), "a written scratch file");
  return path;
}

/// The stations of the feed tests: a river station, a monitoring point without a password and
/// one with password 654321.
std::shared_ptr<const StationCatalog> catalog()
{
  static const std::shared_ptr<const StationCatalog> stations = [] {
    auto made = std::make_shared<StationCatalog>();
    HydroStation river;
    river.stcd = u"63201000"_s;
    river.sttp = u"ZQ"_s;
    river.wrz = 7.0;
    river.grz = 8.5;
    made->addStation(river);
    MonitoringPoint point;
    point.mn = u"350102320000000000010001"_s;
    point.st = 32;
    point.limits.insert(u"w01018"_s, {std::nullopt, 100.0});
    point.limits.insert(u"w01001"_s, {6.0, 9.0});
    made->addMonitoringPoint(point);
    MonitoringPoint guarded = point;
    guarded.mn = u"350102320000000000020001"_s;
    guarded.password = u"654321"_s;
    made->addMonitoringPoint(guarded);
    return made;
  }();
  return stations;
}

/// With `wrap`, every CR LF-separated line is a bare data segment that gets a correct envelope
/// (length and CRC), so that mutations reach the segment parser instead of failing the CRC.
QByteArray hj212Stream(QByteArrayView bytes, bool wrap)
{
  if (!wrap)
    return bytes.toByteArray();
  QByteArray stream;
  for (const QByteArrayView segment : QByteArray::fromRawData(bytes.data(), bytes.size()).split('\n')) {
    const QByteArrayView body = segment.endsWith('\r') ? segment.chopped(1) : segment;
    stream += "##" + QByteArray::number(std::min<qsizetype>(body.size(), 9999)).rightJustified(4, '0') +
              body + QByteArray::number(hj212Crc(body), 16).toUpper().rightJustified(4, '0') + "\r\n";
  }
  return stream;
}

/// A TCP connection's bytes: the first byte sets the size of the reads the stream arrives in
/// (1–256 bytes), bit 0 of the second asks for wrapped segments (hj212Stream()).
void runHj212(QByteArrayView data)
{
  if (data.size() < 2)
    return;
  const qsizetype chunk = 1 + quint8(data[0]);
  const QByteArray stream = hj212Stream(data.sliced(2), (data[1] & 1) != 0);
  FeedCounter counter(u"fuzz"_s);
  Hj212Intake intake(catalog(), counter);
  Hj212StreamSplitter splitter;
  const QDateTime now = fixedNow();
  const auto handle = [&](const Hj212StreamSplitter::Piece &piece) {
    check(!piece.bytes.isEmpty(), "the splitter hands out no empty piece");
    if (piece.rejection == Hj212Rejection::None)
      (void)intake.accept(piece.bytes, now);
    else
      intake.reject(piece.rejection, piece.bytes);
  };
  for (qsizetype at = 0; at < stream.size(); at += chunk) {
    splitter.append(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)));
    while (const std::optional<Hj212StreamSplitter::Piece> piece = splitter.next())
      handle(*piece);
    // A peer must not make a connection hold more than about two frames, whatever it sends.
    check(splitter.bufferedBytes() <= 2 * (hj212::kMaxDataSegment + 12),
          "the splitter's buffer stays bounded");
  }
  if (const std::optional<Hj212StreamSplitter::Piece> piece = splitter.finish())
    handle(*piece);
  intake.dropStaleUploads(now.addDays(1));
  QString reason;
  (void)Hj212Parser::parseSegment(data.sliced(2), &reason);
}

/// A few features with every column type, NULLs, Chinese text and the extremes of qint64.
std::shared_ptr<const FeatureStore> expressionStore()
{
  static const std::shared_ptr<const FeatureStore> store = [] {
    FeatureStoreBuilder builder(Fields{{u"name"_s, FieldType::String, {}},
                                       {u"district"_s, FieldType::String, {}},
                                       {u"house_no"_s, FieldType::Integer, {}},
                                       {u"area"_s, FieldType::Real, {}},
                                       {u"人口"_s, FieldType::Integer, {}}});
    const qint64 integers[] = {56, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 0};
    const double reals[] = {12.5, -0.0, 1e308, std::numeric_limits<double>::denorm_min()};
    const QByteArray names[] = {"宁庭街", "", "100", "%_\\'\""};
    for (int f = 0; f < 4; ++f) {
      builder.beginFeature(f + 1, GeometryKind::Point);
      const double xy[] = {119.3 + f, 26.08};
      builder.addRing(xy, true);
      builder.setText(0, names[f]);
      if (f != 2)
        builder.setText(1, "鼓楼区");
      builder.setInteger(2, integers[f]);
      builder.setReal(3, reals[f]);
      if (f != 1)
        builder.setInteger(4, integers[3 - f]);
    }
    return builder.finish();
  }();
  return store;
}

/// An expression as typed into the expression dialog, evaluated on every feature.
void runExpression(QByteArrayView data)
{
  const QString text = QString::fromUtf8(data);
  ExpressionError error;
  Expression expression = Expression::parse(text, &error);
  (void)expression.referencedFields();
  const auto placed = [&text](const ExpressionError &e) {
    return e.position < 0 || (e.length >= 0 && qsizetype(e.position) + e.length <= text.size());
  };
  if (!expression.isValid()) {
    // The dialog underlines [position, position + length) of the text.
    check(placed(error), "a parse error lies within the text");
    return;
  }
  const FeatureStore &store = *expressionStore();
  if (!expression.prepare(store.fields(), &error)) {
    check(placed(error), "a prepare error lies within the text");
    return;
  }
  for (std::size_t feature = 0; feature < store.featureCount(); ++feature) {
    (void)expression.evaluate(store, feature);
    (void)expression.matches(store, feature);
  }
}

/// A project file someone sent; read, written back and read again.
void runProject(QByteArrayView data)
{
  const QString path = writeScratch(u"fuzz.rcproj"_s, data);
  try {
    QStringList warnings;
    const Project project = ProjectFile::read(path, &warnings);
    const QString again = scratch().filePath(u"again.rcproj"_s);
    ProjectFile::write(project, again);
    check(ProjectFile::read(again).layers.size() == project.layers.size(),
          "a written project keeps its layers");
  } catch (const ProjectError &) {
  }
}

/// A vector file opened as the layer opener and the loader do; the first byte picks its format.
void runVector(QByteArrayView data)
{
  if (data.isEmpty())
    return;
  static const QString kSuffixes[] = {u"csv"_s, u"geojson"_s, u"gpkg"_s};
  const QString suffix = kSuffixes[quint8(data[0]) % std::size(kSuffixes)];
  const QString path = writeScratch(u"fuzz."_s + suffix, data.sliced(1));
  try {
    const std::unique_ptr<VectorDataset> dataset = VectorDataset::open(path);
    for (int layer = 0; layer < std::min(dataset->layerCount(), 4); ++layer) {
      (void)dataset->summary(layer);
      (void)dataset->sample(layer, 3);
      const std::shared_ptr<const FeatureStore> store = dataset->load(layer);
      for (std::size_t feature = 0; feature < store->featureCount(); ++feature)
        (void)store->featureBounds(feature);
    }
  } catch (const DataError &) {
  }
}

/// The address index of tests/fuzz/addresses.csv, built once into the scratch folder.
std::shared_ptr<const AddressIndex> addressIndex()
{
  static const std::shared_ptr<const AddressIndex> index = [] {
    const QString source = scratch().filePath(u"addresses.csv"_s);
    check(QFile::copy(QStringLiteral(RC_SOURCE_DIR "/tests/fuzz/addresses.csv"), source),
          "the address fixture");
    return AddressIndex::open(source);
  }();
  return index;
}

/// What an operator types into the address search box, or a batch file's address column holds.
void runAddress(QByteArrayView data)
{
  const QString text = QString::fromUtf8(data);
  const QString normalized = AddressNormalizer::normalize(text);
  (void)tokenizeAddress(normalized);
  for (const bool prefix : {false, true})
    (void)addressIndex()->geocode(text, {5, prefix});
}

/// One MQTT message: bit 0 of the first byte picks the HJ 212 or the SL 323 JSON topic.
void runMqtt(QByteArrayView data)
{
  if (data.isEmpty())
    return;
  MqttFeed feed(MqttFeedSettings{}, catalog());
  auto *client = feed.findChild<MqttClient *>();
  check(client != nullptr, "the feed owns its client");
  const QString topic =
      (data[0] & 1) ? u"rongcheng/hj212/350102320000000000010001"_s : u"rongcheng/hydro/63201000"_s;
  // What the client's network thread hands over for a message, on the feed's thread.
  emit client->messageReceived(topic, data.sliced(1).toByteArray());
}

constexpr Target kTargets[] = {
    {"hj212", runHj212},   {"expression", runExpression}, {"project", runProject},
    {"vector", runVector}, {"address", runAddress},       {"mqtt", runMqtt},
};

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

std::span<const Target> targets()
{
  return kTargets;
}

const Target *findTarget(QByteArrayView name)
{
  for (const Target &target : kTargets) {
    if (name == QByteArrayView(target.name))
      return &target;
  }
  return nullptr;
}

void setUpFuzzingProcess(char *programName)
{
  qputenv("QT_QPA_PLATFORM", "offscreen");
  // Qt gets only the program name: the fuzzer's own flags are not for it.
  static int argc = 1;
  static char *args[] = {programName, nullptr};
  static const QGuiApplication *const application = new QGuiApplication(argc, args);
  Q_UNUSED(application);
  qInstallMessageHandler(quiet);
  CPLSetErrorHandler(CPLQuietErrorHandler);
}

} // namespace rc::fuzz

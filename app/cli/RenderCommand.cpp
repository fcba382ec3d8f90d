#include "cli/CommandLine.h"
#include "project/DefaultData.h"

#include "geo/CoordinateTransform.h"
#include "layout/MapLayout.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "project/Project.h"
#include "render/RenderJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of the command's messages.
struct RenderCommand
{
  Q_DECLARE_TR_FUNCTIONS(rc::RenderCommand)
};

int fail(const QString &message, int status = 1)
{
  std::fprintf(stderr, "rongcheng render: %s\n", message.toUtf8().constData());
  return status;
}

bool parseExtent(const QString &text, BBox &extent)
{
  const QStringList parts = text.split(u',');
  if (parts.size() != 4)
    return false;
  double v[4];
  for (int i = 0; i < 4; ++i) {
    bool ok = false;
    v[i] = parts[i].trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v[i]))
      return false;
  }
  extent = {v[0], v[1], v[2], v[3]};
  return extent.width() > 0 && extent.height() > 0;
}

bool parseSize(const QString &text, QSize &size)
{
  const QStringList parts = text.toLower().split(u'x');
  if (parts.size() != 2)
    return false;
  bool okW = false, okH = false;
  size = QSize(parts[0].toInt(&okW), parts[1].toInt(&okH));
  return okW && okH && size.width() > 0 && size.height() > 0 && size.width() <= 20000 &&
         size.height() <= 20000;
}

/// How to draw a map sheet (--layout, or any PDF) rather than a bare image.
struct SheetOptions
{
  bool decorated = false; ///< --layout: title, legend, scale bar, north arrow, attribution
  QString title;
  MapLayout::Page page = MapLayout::Page::A4Landscape;
  double dpi = 96;
};

bool parsePage(const QString &text, MapLayout::Page &page)
{
  const QString name = text.trimmed().toLower();
  if (name == u"a4"_s)
    page = MapLayout::Page::A4Landscape;
  else if (name == u"a3"_s)
    page = MapLayout::Page::A3Landscape;
  else if (name == u"fit"_s)
    page = MapLayout::Page::FitMap;
  else
    return false;
  return true;
}

/// Without --layout a sheet is the map alone, on a page of the --size image's aspect.
MapLayout sheetLayout(const MapSettings &settings, const QList<MapLayer *> &layers,
                      const SheetOptions &options)
{
  MapLayout layout;
  MapSettings map = settings;
  if (options.decorated) {
    layout.setPage(options.page);
  } else {
    map.setExtent(settings.visibleExtent());
    layout.setPage(MapLayout::Page::FitMap);
    layout.setDecorations({false, false, false, false, false});
  }
  layout.setMap(map);
  layout.setLayers(layers);
  layout.setTitle(options.title);
  layout.setAttribution(DefaultData::attribution());
  return layout;
}

int renderSheet(const MapSettings &settings, const QList<MapLayer *> &layers, const SheetOptions &options,
                const QString &out, bool timing, qint64 loadMs, int failures)
{
  MapLayout layout = sheetLayout(settings, layers, options);
  layout.setLegendItems(MapLayout::legendFor(layers, layout.frameSettings(options.dpi).scale()));
  LayoutExportJob job(layout, out, LayoutExportJob::formatForPath(out), options.dpi);
  QElapsedTimer timer;
  timer.start();
  job.start();
  job.waitForFinished();
  for (const QString &error : job.renderErrors())
    std::fprintf(stderr, "rongcheng render: %s\n", error.toUtf8().constData());
  if (!job.succeeded())
    return fail(job.errorMessage());
  if (timing)
    std::fprintf(stderr, "load_ms=%lld render_ms=%lld\n", static_cast<long long>(loadMs),
                 static_cast<long long>(timer.elapsed()));
  return failures > 0 || !job.renderErrors().isEmpty() ? 1 : 0;
}

} // namespace

int runRenderCommand(const QStringList &arguments)
{
  QCommandLineParser parser;
  const QCommandLineOption layerOption(
      u"layer"_s, RenderCommand::tr("A layer to draw: PATH or PATH:LAYERNAME."), u"path"_s);
  const QCommandLineOption outOption(u"out"_s, RenderCommand::tr("The PNG file to write."), u"file"_s);
  const QCommandLineOption extentOption(
      u"extent"_s, RenderCommand::tr("minx,miny,maxx,maxy in the output CRS."), u"box"_s);
  const QCommandLineOption crsOption(u"crs"_s, RenderCommand::tr("Output CRS (default EPSG:4490)."), u"crs"_s,
                                     u"EPSG:4490"_s);
  const QCommandLineOption sizeOption(u"size"_s, RenderCommand::tr("Image size WIDTHxHEIGHT."), u"size"_s,
                                      u"1920x1080"_s);
  const QCommandLineOption dpiOption(u"dpi"_s, RenderCommand::tr("Output resolution for symbol sizes."),
                                     u"dpi"_s, u"96"_s);
  const QCommandLineOption timingOption(u"timing"_s,
                                        RenderCommand::tr("Print load_ms and render_ms on stderr."));
  const QCommandLineOption projectOption(
      u"project"_s, RenderCommand::tr("A project (.rcproj) to draw, with its styles, CRS and start view."),
      u"file"_s);
  parser.addOptions(
      {layerOption, outOption, extentOption, crsOption, sizeOption, dpiOption, timingOption, projectOption});
  const QCommandLineOption layoutOption(
      u"layout"_s,
      RenderCommand::tr("Draw a map sheet: title, legend, scale bar, north arrow and attribution around "
                        "the map, on the --page (--size is then not used)."));
  const QCommandLineOption titleOption(
      u"title"_s, RenderCommand::tr("The sheet's title (default: the project's)."), u"text"_s);
  const QCommandLineOption pageOption(u"page"_s,
                                      RenderCommand::tr("Sheet page: a4 or a3 landscape, or fit (the map's "
                                                        "aspect); default a4."),
                                      u"page"_s, u"a4"_s);
  parser.addOptions({layoutOption, titleOption, pageOption});
  if (!parser.parse(QStringList{u"rongcheng render"_s} + arguments))
    return fail(parser.errorText(), 2);
  if (!parser.positionalArguments().isEmpty())
    return fail(RenderCommand::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()), 2);
  if (!parser.isSet(layerOption) && !parser.isSet(projectOption))
    return fail(RenderCommand::tr("no layer given; use --layer PATH or --project FILE"), 2);
  if (!parser.isSet(outOption))
    return fail(RenderCommand::tr("no output file given; use --out map.png"), 2);

  MapSettings settings;
  QSize size;
  if (!parseSize(parser.value(sizeOption), size))
    return fail(RenderCommand::tr("invalid --size “%1”; expected WIDTHxHEIGHT, e.g. 1920x1080")
                    .arg(parser.value(sizeOption)),
                2);
  settings.setOutputSize(size);
  bool dpiOk = false;
  const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
  if (!dpiOk || dpi <= 0 || dpi > 2400)
    return fail(RenderCommand::tr("invalid --dpi “%1”").arg(parser.value(dpiOption)), 2);
  settings.setDpi(dpi);

  Project project;
  if (parser.isSet(projectOption)) {
    QStringList warnings;
    try {
      project = ProjectFile::read(parser.value(projectOption), &warnings);
    } catch (const ProjectError &e) {
      return fail(QString::fromUtf8(e.what()));
    }
    for (const QString &warning : warnings)
      std::fprintf(stderr, "rongcheng render: %s\n", warning.toUtf8().constData());
    settings.setDestinationCrs(project.crs);
    if (project.background.isValid())
      settings.setBackgroundColor(project.background);
  }
  if (!parser.isSet(projectOption) || parser.isSet(crsOption)) {
    try {
      settings.setDestinationCrs(Crs::fromUserInput(parser.value(crsOption)));
    } catch (const CrsError &e) {
      return fail(QString::fromUtf8(e.what()), 2);
    }
  }
  BBox extent;
  if (parser.isSet(extentOption) && !parseExtent(parser.value(extentOption), extent))
    return fail(RenderCommand::tr("invalid --extent “%1”; expected minx,miny,maxx,maxy")
                    .arg(parser.value(extentOption)),
                2);
  if (extent.isEmpty() && !project.startExtent.isEmpty() && settings.destinationCrs() == project.crs)
    extent = project.startExtent;

  const QString out = parser.value(outOption);
  const QByteArray format = QFileInfo(out).suffix().toLower().toLatin1();
  const bool pdf = format == "pdf";
  if (!pdf && !QImageWriter::supportedImageFormats().contains(format))
    return fail(RenderCommand::tr("cannot write “%1”: unsupported image format; use .png or .pdf").arg(out),
                2);
  // A PDF is always a sheet, so its text (with --layout) is real text; its map is drawn at 300 dpi
  // unless --dpi says otherwise.
  const bool sheet = pdf || parser.isSet(layoutOption);
  SheetOptions sheetOptions;
  sheetOptions.decorated = parser.isSet(layoutOption);
  sheetOptions.dpi = parser.isSet(dpiOption) || !pdf ? dpi : 300;
  sheetOptions.title = parser.isSet(titleOption)  ? parser.value(titleOption)
                       : !project.title.isEmpty() ? project.title
                                                  : RenderCommand::tr("Rongcheng map");
  if (!parsePage(parser.value(pageOption), sheetOptions.page))
    return fail(
        RenderCommand::tr("invalid --page “%1”; expected a4, a3 or fit").arg(parser.value(pageOption)), 2);
  // The frame (the image, or a sheet's map frame) has its own shape, so it shows more than --extent
  // on one axis: read that too.
  BBox readWindow = extent;
  if (!extent.isEmpty()) {
    MapSettings probe = settings;
    probe.setExtent(extent);
    readWindow = sheet ? sheetLayout(probe, {}, sheetOptions).frameSettings(sheetOptions.dpi).visibleExtent()
                       : probe.visibleExtent();
  }

  LayerStack stack;
  QList<VectorLayer *> layers;
  QList<bool> styled;
  const auto addLayer = [&](const QString &path, const QString &layerName,
                            const QStringList &personalFields) {
    // With the extent known up front, read only what the frame can show (a margin covers symbols).
    VectorSource source(path, layerName);
    source.personalFields = personalFields;
    if (!readWindow.isEmpty()) {
      source.filter = readWindow.scaled(1.1);
      source.filterCrs = settings.destinationCrs();
    }
    auto layer = std::make_unique<VectorLayer>(source);
    VectorLayer *raw = layer.get();
    layers << raw;
    stack.addLayer(std::move(layer));
    return raw;
  };
  for (const ProjectLayer &entry : std::as_const(project.layers)) {
    VectorLayer *layer = addLayer(entry.source, entry.layerName, entry.personalFields);
    layer->setName(entry.name);
    layer->setStyle(entry.style);
    layer->setVisible(entry.visible);
    layer->setOpacity(entry.opacity);
    styled << true;
  }
  for (const QString &argument : parser.values(layerOption)) {
    const auto [path, layerName] = splitLayerArgument(argument);
    addLayer(path, layerName, {});
    styled << false;
  }
  QElapsedTimer loadTimer;
  loadTimer.start();
  VectorLayer::loadNow(layers);
  const qint64 loadMs = loadTimer.elapsed();

  int failures = 0;
  for (int i = 0; i < layers.size(); ++i) {
    VectorLayer *layer = layers[i];
    if (!layer->warningMessage().isEmpty())
      std::fprintf(stderr, "rongcheng render: %s\n", layer->warningMessage().toUtf8().constData());
    if (layer->state() != MapLayer::State::Ready) {
      std::fprintf(stderr, "rongcheng render: %s\n", layer->errorMessage().toUtf8().constData());
      ++failures;
      continue;
    }
    if (!styled[i])
      layer->setStyle(DefaultData::styleFor(layer->name(), i));
  }
  if (failures == layers.size())
    return fail(RenderCommand::tr("no layer could be read"));

  if (extent.isEmpty()) {
    for (VectorLayer *layer : layers) {
      if (layer->state() != MapLayer::State::Ready || layer->extent().isEmpty())
        continue;
      try {
        extent.include(
            CoordinateTransform(layer->crs(), settings.destinationCrs()).transformBounds(layer->extent()));
      } catch (const CrsError &e) {
        std::fprintf(stderr, "rongcheng render: %s: %s\n", layer->name().toUtf8().constData(), e.what());
      }
    }
    if (extent.isEmpty())
      return fail(RenderCommand::tr("the layers have no extent to draw; give --extent"));
    if (extent.width() <= 0 || extent.height() <= 0) {
      const double pad = settings.destinationCrs().isGeographic() ? 0.01 : 1000;
      extent = {extent.xMin - pad, extent.yMin - pad, extent.xMax + pad, extent.yMax + pad};
    }
    extent = extent.scaled(1.05);
  }
  settings.setExtent(extent);
  if (sheet)
    return renderSheet(settings, stack.visibleLayers(), sheetOptions, out, parser.isSet(timingOption), loadMs,
                       failures);

  RenderJob job(settings, snapshotsOf(stack.visibleLayers()));
  job.start();
  job.waitForFinished();
  for (const QString &error : job.errors())
    std::fprintf(stderr, "rongcheng render: %s\n", error.toUtf8().constData());
  const QImage image = job.renderedImage();
  if (!image.save(out))
    return fail(RenderCommand::tr("cannot write “%1”").arg(out));
  if (parser.isSet(timingOption))
    std::fprintf(stderr, "load_ms=%lld render_ms=%lld\n", static_cast<long long>(loadMs),
                 static_cast<long long>(job.renderTimeMs()));
  return failures > 0 || !job.errors().isEmpty() ? 1 : 0;
}

} // namespace rc

// Demo-city benchmark: the generated city's project with every layer styled and shown (the hidden
// ones too: event heatmap, sectors, coverage), rendered at 1920x1080. Prints the load time, the
// full-extent frame (median of several), each layer alone at full extent (the event heatmap among
// them), the city-centre view, and peak memory.
// Usage: bench_city PROJECT.rcproj   (make one with: rongcheng demo-data --scale city --out DIR)

#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "project/Project.h"
#include "render/RenderJob.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Figures
{
  double median, min, max;
};

Figures renderFigures(const QList<rc::MapLayer *> &layers, const rc::MapSettings &base,
                      const rc::BBox &extent, int frames)
{
  rc::MapSettings settings = base;
  settings.setExtent(extent);
  std::vector<double> times;
  for (int i = 0; i <= frames; ++i) {
    QElapsedTimer timer;
    timer.start();
    rc::RenderJob job(settings, rc::snapshotsOf(layers));
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    if (i > 0) // the first frame pages the stores in
      times.push_back(timer.nsecsElapsed() / 1e6);
  }
  std::sort(times.begin(), times.end());
  return {times[times.size() / 2], times.front(), times.back()};
}

} // namespace

int main(int argc, char **argv)
{
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  QGuiApplication app(argc, argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_city PROJECT.rcproj\n");
    return 2;
  }
  rc::Project project;
  try {
    project = rc::ProjectFile::read(QString::fromLocal8Bit(argv[1]));
  } catch (const rc::ProjectError &e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }

  rc::LayerStack stack;
  QList<rc::VectorLayer *> layers;
  for (const rc::ProjectLayer &entry : std::as_const(project.layers)) {
    auto layer =
        std::make_unique<rc::VectorLayer>(rc::VectorSource(entry.source, entry.layerName), entry.name);
    layer->setStyle(entry.style);
    layers << layer.get();
    stack.addLayer(std::move(layer));
  }
  QElapsedTimer loadTimer;
  loadTimer.start();
  rc::VectorLayer::loadNow(layers);
  const double loadMs = loadTimer.nsecsElapsed() / 1e6;
  std::size_t features = 0;
  for (rc::VectorLayer *layer : layers) {
    if (layer->state() != rc::MapLayer::State::Ready) {
      std::fprintf(stderr, "%s\n", qPrintable(layer->errorMessage()));
      return 1;
    }
    features += layer->features()->featureCount();
  }

  rc::MapSettings settings;
  settings.setDestinationCrs(project.crs);
  settings.setOutputSize({1920, 1080});
  settings.setBackgroundColor(project.background);
  rc::BBox full;
  for (rc::VectorLayer *layer : layers)
    if (layer->name() == u"区县(示意)"_s)
      full = layer->extent();

  std::printf("layers=%lld features=%zu load_ms=%.0f\n", static_cast<long long>(layers.size()), features,
              loadMs);
  const QList<rc::MapLayer *> all = stack.visibleLayers();
  const Figures whole = renderFigures(all, settings, full, 5);
  std::printf("full_extent_all_layers_ms median=%.1f min=%.1f max=%.1f\n", whole.median, whole.min,
              whole.max);
  const Figures centre = renderFigures(all, settings, project.startExtent, 5);
  std::printf("start_view_all_layers_ms median=%.1f min=%.1f max=%.1f\n", centre.median, centre.min,
              centre.max);
  for (rc::VectorLayer *layer : layers) {
    const Figures alone = renderFigures({layer}, settings, full, 3);
    std::printf("  %-18s %9zu features  full extent median=%.1f ms\n", qPrintable(layer->name()),
                layer->features()->featureCount(), alone.median);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak_memory_mb=%.0f\n", usage.ru_maxrss / 1024.0);
  return 0;
}

#include "StallMeter.h"
#include "TestData.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "base/MessageBar.h"
#include "inspect/AttributeTableWidget.h"
#include "map/LayerListModel.h"
#include "map/LayerPanel.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/PositionStatus.h"
#include "map/VectorLayer.h"
#include "project/LayerOpener.h"

#include <QListView>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

bool near(double a, double b, double tolerance)
{
  return std::abs(a - b) <= tolerance;
}

void sendWheel(QWidget *widget, QPoint pos, int delta)
{
  QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
  QApplication::sendEvent(widget, &event);
}

} // namespace

class TestGui : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void init();
  void cleanup();
  void opensLayerAndRenders();
  void wheelZoomsAroundCursor();
  void dragPans();
  void keysPanAndZoom();
  void shiftDragZoomsToBox();
  void statusBarShowsLonLatAndGaussKruger();
  void layerPanelTogglesAndReorders();
  void badFileShowsMessageAndAppKeepsRunning();
  void attributeTableOpensOncePerLayer();
  void renderDoesNotBlockTheEventLoop();

private:
  void waitForRender();

  QTemporaryDir m_dir;
  QString m_fixture;
  std::unique_ptr<rc::LanguageManager> m_languages;
  std::unique_ptr<rc::MainWindow> m_window;
};

void TestGui::initTestCase()
{
  QVERIFY(m_dir.isValid());
  m_fixture = rc::test::writeFile(m_dir.path(), u"fixture.geojson"_s, rc::test::fuzhouFixtureGeoJson());
  QCoreApplication::setOrganizationName(u"RongchengTest"_s);
  m_languages = std::make_unique<rc::LanguageManager>();
  m_languages->applyPreference();
}

void TestGui::init()
{
  m_window = std::make_unique<rc::MainWindow>(m_languages.get());
  m_window->resize(1000, 700);
  m_window->show();
  QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
  QSignalSpy loaded(m_window->opener(), &rc::LayerOpener::layerLoaded);
  m_window->openPaths({m_fixture});
  QVERIFY(loaded.wait(10000));
  waitForRender();
}

void TestGui::cleanup()
{
  m_window.reset();
}

void TestGui::waitForRender()
{
  rc::MapCanvas *canvas = m_window->canvas();
  // A render is scheduled for the next event-loop turn; let it start, then wait for it.
  QCoreApplication::processEvents();
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 10000);
  QCoreApplication::processEvents();
  QTRY_VERIFY_WITH_TIMEOUT(!canvas->isRendering(), 10000);
}

void TestGui::opensLayerAndRenders()
{
  QCOMPARE(m_window->layers()->count(), 1);
  rc::MapCanvas *canvas = m_window->canvas();
  // The first layer zooms the empty canvas to it.
  const rc::BBox extent = canvas->extent();
  QVERIFY(extent.contains(rc::BBox(119.22, 26.04, 119.375, 26.12)));
  const QImage image = canvas->lastImage();
  QCOMPARE(image.size(), canvas->size());
  int drawn = 0;
  const QRgb background = rc::MapSettings().backgroundColor().rgb();
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4)
      drawn += image.pixel(x, y) != background;
  QVERIFY2(drawn > 1000, qPrintable(QString::number(drawn)));
}

void TestGui::wheelZoomsAroundCursor()
{
  rc::MapCanvas *canvas = m_window->canvas();
  const rc::BBox before = canvas->visibleExtent();
  const QPoint cursor(canvas->width() / 4, canvas->height() / 3);
  const QPointF anchor = canvas->toMap(cursor);
  sendWheel(canvas, cursor, 120);
  const rc::BBox after = canvas->visibleExtent();
  // One notch zooms in by 1.25 and keeps the map point under the cursor in place.
  QVERIFY(near(after.width(), before.width() / 1.25, before.width() * 1e-9));
  QVERIFY(near(after.height(), before.height() / 1.25, before.height() * 1e-9));
  const QPointF anchorAfter = canvas->toMap(cursor);
  QVERIFY(near(anchorAfter.x(), anchor.x(), before.width() * 1e-9));
  QVERIFY(near(anchorAfter.y(), anchor.y(), before.height() * 1e-9));
  sendWheel(canvas, cursor, -240);
  QVERIFY(near(canvas->visibleExtent().width(), before.width() * 1.25, before.width() * 1e-9));
  waitForRender();
}

void TestGui::dragPans()
{
  rc::MapCanvas *canvas = m_window->canvas();
  const rc::BBox before = canvas->visibleExtent();
  const double mupp = canvas->mapSettings().mapUnitsPerPixel();
  const QPoint from(300, 300), to(420, 250);
  QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, from);
  QTest::mouseMove(canvas, QPoint(360, 280));
  QTest::mouseMove(canvas, to);
  // While dragging the extent holds; the image moves with the mouse.
  QCOMPARE(canvas->visibleExtent(), before);
  QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, to);
  const rc::BBox after = canvas->visibleExtent();
  // Dragging right by 120 px and up by 50 px moves the view left and down on the map.
  QVERIFY(near(after.xMin, before.xMin - 120 * mupp, mupp * 1e-6));
  QVERIFY(near(after.yMin, before.yMin - 50 * mupp, mupp * 1e-6));
  QVERIFY(near(after.width(), before.width(), mupp * 1e-6));
  waitForRender();
}

void TestGui::keysPanAndZoom()
{
  rc::MapCanvas *canvas = m_window->canvas();
  canvas->setFocus();
  const rc::BBox before = canvas->visibleExtent();
  QTest::keyClick(canvas, Qt::Key_Right);
  const rc::BBox right = canvas->visibleExtent();
  QVERIFY(near(right.xMin - before.xMin, before.width() * 0.25, before.width() * 1e-9));
  QTest::keyClick(canvas, Qt::Key_Plus);
  QVERIFY(near(canvas->visibleExtent().width(), before.width() / 1.5625, before.width() * 1e-9));
  QTest::keyClick(canvas, Qt::Key_Minus);
  QVERIFY(near(canvas->visibleExtent().width(), before.width(), before.width() * 1e-9));
  waitForRender();
}

void TestGui::shiftDragZoomsToBox()
{
  rc::MapCanvas *canvas = m_window->canvas();
  const QPoint a(100, 100), b(300, 250);
  const QPointF mapA = canvas->toMap(a), mapB = canvas->toMap(b);
  QTest::mousePress(canvas, Qt::LeftButton, Qt::ShiftModifier, a);
  QTest::mouseMove(canvas, b);
  QTest::mouseRelease(canvas, Qt::LeftButton, Qt::ShiftModifier, b);
  const rc::BBox after = canvas->extent();
  QVERIFY(near(after.xMin, mapA.x(), 1e-9));
  QVERIFY(near(after.xMax, mapB.x(), 1e-9));
  QVERIFY(near(after.yMax, mapA.y(), 1e-9));
  QVERIFY(near(after.yMin, mapB.y(), 1e-9));
  waitForRender();
}

void TestGui::statusBarShowsLonLatAndGaussKruger()
{
  auto *status = m_window->findChild<rc::PositionStatus *>();
  QVERIFY(status);
  status->showPosition(QPointF(119.30, 26.08));
  const QString text = status->positionText();
  // The DOMAIN.md check point, in both systems the status bar shows.
  QVERIFY2(text.contains(u"119.300000"_s) && text.contains(u"26.080000"_s), qPrintable(text));
  QVERIFY2(text.contains(u"429964.06"_s) && text.contains(u"2885885.75"_s), qPrintable(text));
  QVERIFY2(status->scaleText().contains(u"1:"_s), qPrintable(status->scaleText()));
}

void TestGui::layerPanelTogglesAndReorders()
{
  QSignalSpy loaded(m_window->opener(), &rc::LayerOpener::layerLoaded);
  m_window->openPaths({m_fixture});
  QVERIFY(loaded.wait(10000));
  rc::LayerStack *stack = m_window->layers();
  QCOMPARE(stack->count(), 2);
  rc::LayerListModel *model = m_window->layerPanel()->model();
  rc::MapLayer *top = stack->layer(1);
  QCOMPARE(model->layerAt(model->index(0)), top); // the top layer is listed first

  QVERIFY(model->setData(model->index(0), Qt::Unchecked, Qt::CheckStateRole));
  QVERIFY(!top->isVisible());
  QCOMPARE(stack->visibleLayers().size(), 1);

  model->moveLayerRow(0, 1);
  QCOMPARE(stack->layer(0), top);
  QCOMPARE(model->layerAt(model->index(1)), top);

  m_window->layerPanel()->setCurrentLayer(top);
  m_window->layerPanel()->removeCurrentLayer();
  QCOMPARE(stack->count(), 1);
  QCOMPARE(model->rowCount(), 1);
  waitForRender();
}

void TestGui::badFileShowsMessageAndAppKeepsRunning()
{
  const QString bad = rc::test::writeFile(m_dir.path(), u"broken.gpkg"_s, QByteArray(4096, '\x5a'));
  QSignalSpy failed(m_window->opener(), &rc::LayerOpener::failed);
  m_window->openPaths({bad});
  QVERIFY(failed.wait(10000));
  QVERIFY(m_window->messageBar()->isVisible());
  QVERIFY2(m_window->messageBar()->currentText().contains(u"broken.gpkg"_s),
           qPrintable(m_window->messageBar()->currentText()));
  // Nothing is loading any more, so no progress bar is left behind.
  const auto bars = m_window->statusBar()->findChildren<QProgressBar *>();
  QVERIFY(!bars.isEmpty());
  for (const QProgressBar *bar : bars)
    QTRY_VERIFY(!bar->isVisible());
  // The good layer is untouched.
  QCOMPARE(m_window->layers()->count(), 1);
  QCOMPARE(m_window->layers()->layer(0)->state(), rc::MapLayer::State::Ready);
}

void TestGui::attributeTableOpensOncePerLayer()
{
  const auto openTables = [this] {
    int shown = 0;
    for (const rc::AttributeTableWidget *table : m_window->findChildren<rc::AttributeTableWidget *>())
      shown += table->isVisible();
    return shown;
  };
  rc::MapLayer *layer = m_window->layers()->layer(0);
  m_window->showAttributeTable(layer);
  QCOMPARE(openTables(), 1);
  m_window->showAttributeTable(layer); // a second F6
  QCOMPARE(openTables(), 1);
  // Closed, it opens again.
  m_window->findChildren<rc::AttributeTableWidget *>().first()->close();
  QTRY_COMPARE(openTables(), 0);
  m_window->showAttributeTable(layer);
  QCOMPARE(openTables(), 1);
}

void TestGui::renderDoesNotBlockTheEventLoop()
{
  rc::MapCanvas *canvas = m_window->canvas();
  rc::test::StallMeter meter;
  canvas->zoomIn();
  QCoreApplication::processEvents(); // starts the render job
  waitForRender();
  const rc::test::Stalls stalls = meter.stalls();
  qInfo(
      "zoom and render: event loop held %.0f ms at most (%.0f ms on the wall clock), GUI-thread work between "
      "ticks %.0f ms at most",
      stalls.heldMs, stalls.wallMs, stalls.busyMs);
  const QString stall = stalls.problem(50);
  QVERIFY2(stall.isEmpty(), qPrintable(stall));
  QCOMPARE(canvas->lastImage().size(), canvas->size());
}

QTEST_MAIN(TestGui)
#include "test_gui.moc"

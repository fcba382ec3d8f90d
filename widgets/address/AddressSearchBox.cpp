#include "address/AddressSearchBox.h"

#include "address/AddressFormat.h"

#include "address/CoordinateInput.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr int kVisibleRows = 8;
constexpr int kPopupMinimumWidth = 560;

/// The colour of a level's tag: divisions, places, points inside buildings and map positions apart.
QColor levelColour(AddressLevel level)
{
  switch (level) {
  case AddressLevel::District:
  case AddressLevel::Town:
  case AddressLevel::Community:
    return {0x5B, 0x6B, 0x7F};
  case AddressLevel::Grid:
    return {0x2E, 0x8B, 0x57};
  case AddressLevel::Road:
  case AddressLevel::House:
  case AddressLevel::Compound:
    return {0x1F, 0x6F, 0xB2};
  case AddressLevel::Building:
  case AddressLevel::Unit:
  case AddressLevel::Room:
    return {0xB2, 0x5A, 0x1F};
  case AddressLevel::Coordinate:
    return {0x7B, 0x3F, 0xA0};
  case AddressLevel::None:
    break;
  }
  return Qt::gray;
}

/// Two lines per result: its own part in bold with the level's tag, the levels above it in grey
/// with the address code (or how many addresses a group holds, or the distance).
class ResultDelegate final : public QStyledItemDelegate
{
public:
  using QStyledItemDelegate::QStyledItemDelegate;

  QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
  {
    const QFontMetrics metrics(option.font);
    return {kPopupMinimumWidth, 2 * metrics.height() + 14};
  }

  void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
  {
    const auto *model = static_cast<const AddressResultModel *>(index.model());
    const GeocodeResult &r = model->result(index.row());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect;
    const QPalette &palette = option.palette;
    if (option.state & QStyle::State_Selected) {
      QColor fill = palette.color(QPalette::Highlight);
      fill.setAlpha(48);
      painter->fillRect(rect, fill);
      painter->fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), palette.color(QPalette::Highlight));
    } else if (option.state & QStyle::State_MouseOver) {
      painter->fillRect(rect, palette.color(QPalette::AlternateBase));
    }

    QFont titleFont = option.font;
    titleFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.88);
    const QFontMetrics titleMetrics(titleFont), smallMetrics(smallFont);
    const int left = rect.left() + 12, right = rect.right() - 10;
    const int line1 = rect.top() + 6, line2 = line1 + titleMetrics.height() + 2;

    // The level tag, right-aligned on the first line.
    const QString tag = AddressFormat::levelName(r.matchedLevel);
    const int tagWidth = smallMetrics.horizontalAdvance(tag) + 12;
    const QRect tagRect(right - tagWidth, line1 + (titleMetrics.height() - smallMetrics.height() - 2) / 2,
                        tagWidth, smallMetrics.height() + 2);
    const QColor colour = levelColour(r.matchedLevel);
    painter->setPen(Qt::NoPen);
    QColor tagFill = colour;
    tagFill.setAlpha(r.exact ? 255 : 150);
    painter->setBrush(tagFill);
    painter->drawRoundedRect(tagRect, 3, 3);
    painter->setFont(smallFont);
    painter->setPen(Qt::white);
    painter->drawText(tagRect, Qt::AlignCenter, tag);

    // What the second line ends with.
    QString detail;
    if (!r.addrCode.isEmpty())
      detail = r.addrCode;
    else if (r.matchedLevel != AddressLevel::Coordinate && r.addressCount > 1)
      detail = AddressFormat::tr("%L1 addresses").arg(r.addressCount);
    const int detailWidth = detail.isEmpty() ? 0 : smallMetrics.horizontalAdvance(detail) + 12;

    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    const int titleWidth = right - tagWidth - 8 - left;
    painter->drawText(QRect(left, line1, titleWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(AddressFormat::title(r), Qt::ElideMiddle, titleWidth));

    painter->setFont(smallFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const int crumbWidth = right - detailWidth - left;
    painter->drawText(QRect(left, line2, crumbWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(AddressFormat::breadcrumb(r), Qt::ElideLeft, crumbWidth));
    if (!detail.isEmpty())
      painter->drawText(QRect(right - detailWidth, line2, detailWidth, smallMetrics.height()),
                        Qt::AlignRight | Qt::AlignVCenter, detail);

    painter->setPen(QPen(palette.color(QPalette::Midlight), 1));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    painter->restore();
  }
};

} // namespace

void AddressResultModel::setResults(std::vector<GeocodeResult> results)
{
  beginResetModel();
  m_results = std::move(results);
  endResetModel();
}

int AddressResultModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : int(m_results.size());
}

QVariant AddressResultModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= rowCount())
    return {};
  const GeocodeResult &r = m_results[std::size_t(index.row())];
  switch (role) {
  case Qt::DisplayRole:
    return AddressFormat::title(r);
  case Qt::ToolTipRole:
    return r.fullAddress.isEmpty() ? AddressFormat::title(r) : r.fullAddress;
  default:
    return {};
  }
}

/// One query in flight: what it asks and its cancel flag, shared with the worker.
struct AddressSearchBox::Query
{
  QString text;
  std::atomic_bool cancel = false;
  QElapsedTimer started;
  QString failure; ///< written by the worker when the index could not be read, read once it finished
};

AddressSearchBox::AddressSearchBox(QWidget *parent) : QLineEdit(parent), m_model(new AddressResultModel(this))
{
  setObjectName(u"addressSearchBox"_s);
  setClearButtonEnabled(true);
  addAction(QIcon::fromTheme(u"edit-find"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
            QLineEdit::LeadingPosition);
  setMinimumWidth(320);
  setMaximumWidth(520);
  // Two threads: one query runs while a cancelled one winds down.
  m_pool.setMaxThreadCount(2);
  m_debounce.setSingleShot(true);
  m_debounce.setInterval(kDebounceMs);
  connect(&m_debounce, &QTimer::timeout, this, &AddressSearchBox::startQuery);
  connect(this, &QLineEdit::textEdited, this, &AddressSearchBox::onTextEdited);
  retranslate();
}

AddressSearchBox::~AddressSearchBox()
{
  if (m_query)
    m_query->cancel = true;
  delete m_popup;
}

void AddressSearchBox::retranslate()
{
  setPlaceholderText(tr("Address, code or coordinate (Ctrl+F)"));
  setToolTip(tr("Type an address in any spelling, an address or grid code, or a coordinate such as "
                "119.30,26.08, 119°18'E 26°05'N or zone-40 metres; Enter goes there."));
}

void AddressSearchBox::changeEvent(QEvent *event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QLineEdit::changeEvent(event);
}

void AddressSearchBox::setIndex(std::shared_ptr<const AddressIndex> index)
{
  m_index = std::move(index);
  if (!text().trimmed().isEmpty() && hasFocus())
    m_debounce.start();
}

bool AddressSearchBox::isPopupVisible() const
{
  return m_popup && m_popup->isVisible();
}

void AddressSearchBox::onTextEdited(const QString &text)
{
  // The query under way answers text that is already gone.
  if (m_query)
    m_query->cancel = true;
  if (text.trimmed().isEmpty()) {
    m_debounce.stop();
    m_chooseWhenReady = false;
    m_model->setResults({});
    m_shownText.clear();
    hidePopup();
    return;
  }
  m_debounce.start();
}

void AddressSearchBox::startQuery()
{
  m_debounce.stop();
  const QString text = this->text().trimmed();
  if (text.isEmpty())
    return;
  if (m_watcher) {
    // Nobody waits for a stale query: it stops at its next look at the flag.
    m_watcher->disconnect(this);
    m_watcher.release()->deleteLater();
  }
  if (!m_index) {
    // Coordinates need no index.
    const CoordinateInput input = CoordinateInput::parse(text);
    std::vector<GeocodeResult> results;
    if (input.kind == CoordinateInput::Kind::LonLat || input.kind == CoordinateInput::Kind::GaussKruger) {
      GeocodeResult r;
      r.lon = input.lon;
      r.lat = input.lat;
      r.matchedLevel = AddressLevel::Coordinate;
      r.exact = true;
      r.score = 1;
      results.push_back(r);
    }
    showResults(std::move(results), text, nullptr);
    return;
  }
  m_query = std::make_shared<Query>();
  m_query->text = text;
  m_query->started.start();
  m_watcher = std::make_unique<QFutureWatcher<std::vector<GeocodeResult>>>();
  connect(m_watcher.get(), &QFutureWatcherBase::finished, this, &AddressSearchBox::onQueryFinished);
  m_watcher->setFuture(QtConcurrent::run(&m_pool, [index = m_index, query = m_query] {
    GeocodeOptions options;
    options.limit = kMaximumResults;
    options.prefix = true;
    // A damaged index file fails the query, not the program: the slot would rethrow it.
    try {
      return index->geocode(query->text, options, &query->cancel);
    } catch (const AddressIndexError &e) {
      query->failure = e.message();
      return std::vector<GeocodeResult>{};
    }
  }));
}

void AddressSearchBox::onQueryFinished()
{
  std::vector<GeocodeResult> results = m_watcher->result();
  m_watcher.release()->deleteLater();
  const std::shared_ptr<Query> query = m_query;
  if (!query || query->cancel)
    return;
  showResults(std::move(results), query->text, &query->started);
  if (!query->failure.isEmpty() && m_footer)
    m_footer->setText(query->failure);
}

void AddressSearchBox::showResults(std::vector<GeocodeResult> results, const QString &text,
                                   const QElapsedTimer *started)
{
  m_model->setResults(std::move(results));
  m_shownText = text;
  const int count = m_model->rowCount();
  const auto shown = [&] {
    m_lastLatencyMs = started ? double(started->nsecsElapsed()) / 1e6 : 0;
    emit resultsShown(count);
  };
  if (m_chooseWhenReady) {
    m_chooseWhenReady = false;
    if (count > 0)
      choose(0);
    else
      emit nothingFound(text);
    shown();
    return;
  }
  if (!hasFocus()) {
    shown();
    return;
  }
  ensurePopup();
  if (count > 0) {
    m_view->setCurrentIndex(m_model->index(0, 0));
    m_footer->setText((count == 1 ? tr("1 result") : tr("%1 results").arg(count)) + u" · "_s +
                      tr("↑↓ to choose, Enter to go there, Esc to close"));
  } else {
    m_footer->setText(m_index ? tr("No standard address matches “%1”").arg(text)
                              : tr("The address index is not loaded yet; coordinates work already"));
  }
  m_view->setVisible(count > 0);
  placePopup();
  m_popup->show();
  m_popup->raise();
  shown();
}

void AddressSearchBox::ensurePopup()
{
  QWidget *host = window();
  if (m_popup && m_popupWindow == host)
    return;
  delete m_popup;
  if (m_popupWindow)
    m_popupWindow->removeEventFilter(this);
  m_popupWindow = host;
  host->installEventFilter(this);

  m_popup = new QFrame(host);
  m_popup->setObjectName(u"addressSearchPopup"_s);
  m_popup->setFrameShape(QFrame::StyledPanel);
  m_popup->setAutoFillBackground(true);
  m_popup->setBackgroundRole(QPalette::Base);
  auto *layout = new QVBoxLayout(m_popup);
  layout->setContentsMargins(1, 1, 1, 1);
  layout->setSpacing(0);
  m_view = new QListView;
  m_view->setObjectName(u"addressSearchResults"_s);
  m_view->setModel(m_model);
  m_view->setItemDelegate(new ResultDelegate(m_view));
  m_view->setFrameShape(QFrame::NoFrame);
  // The keyboard stays in the box: the list only shows and takes clicks.
  m_view->setFocusPolicy(Qt::NoFocus);
  m_view->setMouseTracking(true);
  m_view->setUniformItemSizes(true);
  m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { choose(index.row()); });
  layout->addWidget(m_view);
  m_footer = new QLabel;
  m_footer->setObjectName(u"addressSearchFooter"_s);
  m_footer->setContentsMargins(10, 4, 10, 4);
  m_footer->setForegroundRole(QPalette::PlaceholderText);
  layout->addWidget(m_footer);
  m_popup->hide();
}

void AddressSearchBox::placePopup()
{
  if (!m_popup || !m_popupWindow)
    return;
  const int rows = std::min(m_model->rowCount(), kVisibleRows);
  const int rowHeight = rows > 0 ? m_view->sizeHintForRow(0) : 0;
  const int height = rows * rowHeight + (rows > 0 ? 2 : 0) + m_footer->sizeHint().height() + 2;
  const int available = m_popupWindow->width() - 8;
  const int width = std::min(available, std::max(this->width(), kPopupMinimumWidth));
  QPoint at = mapTo(m_popupWindow, QPoint(0, this->height() + 2));
  at.setX(std::clamp(at.x() + this->width() - width, 4, std::max(4, available - width + 4)));
  if (at.x() > mapTo(m_popupWindow, QPoint(0, 0)).x())
    at.setX(mapTo(m_popupWindow, QPoint(0, 0)).x());
  m_popup->setGeometry(at.x(), at.y(), width, height);
}

void AddressSearchBox::hidePopup()
{
  if (m_popup)
    m_popup->hide();
}

void AddressSearchBox::choose(int row)
{
  if (row < 0 || row >= m_model->rowCount())
    return;
  const GeocodeResult result = m_model->result(row);
  hidePopup();
  // The chosen address in the box, without searching again.
  setText(result.matchedLevel == AddressLevel::Coordinate ? AddressFormat::lonLat(result.lon, result.lat)
          : result.matchedLevel == AddressLevel::Grid     ? result.gridCode
                                                          : AddressFormat::shortAddress(result));
  emit resultChosen(result);
}

void AddressSearchBox::moveCurrent(int step)
{
  const int count = m_model->rowCount();
  if (count == 0)
    return;
  if (!isPopupVisible()) {
    ensurePopup();
    placePopup();
    m_popup->show();
    m_popup->raise();
  }
  const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
  const int next = std::clamp(row + step, 0, count - 1);
  m_view->setCurrentIndex(m_model->index(next, 0));
}

void AddressSearchBox::keyPressEvent(QKeyEvent *event)
{
  switch (event->key()) {
  case Qt::Key_Down:
  case Qt::Key_PageDown:
    moveCurrent(event->key() == Qt::Key_Down ? 1 : kVisibleRows);
    return;
  case Qt::Key_Up:
  case Qt::Key_PageUp:
    moveCurrent(event->key() == Qt::Key_Up ? -1 : -kVisibleRows);
    return;
  case Qt::Key_Escape:
    if (isPopupVisible()) {
      hidePopup();
      return;
    }
    break;
  case Qt::Key_Return:
  case Qt::Key_Enter: {
    const QString wanted = text().trimmed();
    if (wanted.isEmpty())
      return;
    // Enter before the answer to the latest keys: go to the first result when it comes.
    if (m_shownText != wanted || isSearching()) {
      m_chooseWhenReady = true;
      const bool answering = m_watcher && m_query && !m_query->cancel && m_query->text == wanted;
      if (!answering)
        startQuery();
      return;
    }
    if (m_model->rowCount() == 0) {
      emit nothingFound(wanted);
      return;
    }
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    choose(current.isValid() ? current.row() : 0);
    return;
  }
  default:
    break;
  }
  QLineEdit::keyPressEvent(event);
}

void AddressSearchBox::focusInEvent(QFocusEvent *event)
{
  // Built before the first key, so that the first results only have to be shown.
  ensurePopup();
  QLineEdit::focusInEvent(event);
}

void AddressSearchBox::focusOutEvent(QFocusEvent *event)
{
  // A click on the list does not take the focus, so losing it means the operator went elsewhere.
  hidePopup();
  QLineEdit::focusOutEvent(event);
}

bool AddressSearchBox::eventFilter(QObject *watched, QEvent *event)
{
  if (watched == m_popupWindow && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
    placePopup();
  return QLineEdit::eventFilter(watched, event);
}

} // namespace rc

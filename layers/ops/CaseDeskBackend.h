#pragma once

#include "ops/EventWorkflow.h"
#include "ops/GridLocator.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace rc {

class OpsDatabase;
class PostgisCaseLedger;

/// What one request of the case desk brings back to the GUI thread.
struct CaseDeskReply
{
  bool listed = false;
  QList<EventCase> cases; ///< every case, when listed
  QDateTime now;          ///< the workflow's clock
  std::optional<EventCase> changed;
  bool removed = false; ///< an undone intake: the case is gone
  bool located = false;
  std::optional<GridAssignment> grid; ///< when located: the grid of the point, none outside the city
  QString error;                      ///< a refused or failed request, for people
  /// A reload of one case another seat changed: its id, and the case unless it is gone.
  qint64 reloadedId = 0;
  std::optional<EventCase> reloaded;
  /// A catch-up after the shared database's listener was away: the cases saved meanwhile and the
  /// ids of every case there (those listed but missing were removed).
  bool caughtUp = false;
  QList<EventCase> changedCases;
  QList<qint64> presentIds;
  /// The backend's database refuses changes (a read-only role of a shared database).
  bool readOnly = false;
  QString
      storage; ///< where the cases live, for people ("rc_viewer@PG:host=..."); empty: this seat's own file
};

/// The case desk's side on its worker thread: the operations database beside the city's data (or
/// the shared PostGIS database of many seats), the grid locator over the city's grids and the
/// workflow over both. Created, used and destroyed on that one thread (an SQLite or libpq
/// connection belongs to the thread that opened it).
class CaseDeskBackend
{
public:
  /// A catch-up reads again the cases saved this long before the last one it saw: a save is
  /// stamped with its transaction's start and may commit a little after a later one was read.
  static constexpr int kCommitMarginSeconds = 5;

  /// Opens `<dir>/fuzhou.ops.sqlite` beside the GeoPackage and reads its "grids" layer; throws
  /// Error.
  CaseDeskBackend(const QString &dataPath, const EventWorkflow::Clock &clock);
  /// The cases of the shared database `sharedSource` ("PG:..."), grids from the GeoPackage;
  /// throws Error (Storage when the server cannot be reached).
  CaseDeskBackend(const QString &dataPath, const QString &sharedSource, const EventWorkflow::Clock &clock);
  ~CaseDeskBackend();

  [[nodiscard]] EventWorkflow &workflow() { return *m_workflow; }
  [[nodiscard]] const GridLocator &grids() const { return *m_grids; }
  /// Fills the reply's case list: open cases, then the finished ones.
  void list(CaseDeskReply &reply);
  /// Fills the reply with what changed since the last list() or catchUp() of a shared database;
  /// a whole list when there is no such point (this seat's own file, an empty table).
  void catchUp(CaseDeskReply &reply);
  /// Fills the reply with one case as stored now (another seat changed it).
  void reload(qint64 id, CaseDeskReply &reply) const;

private:
  std::unique_ptr<OpsDatabase> m_database;
  std::unique_ptr<PostgisCaseLedger> m_shared;
  std::unique_ptr<GridLocator> m_grids;
  std::unique_ptr<EventWorkflow> m_workflow;
  QDateTime m_seen; ///< the newest save of the shared database when it was read last (server time)
};

} // namespace rc

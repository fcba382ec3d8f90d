#pragma once

#include "auth/Operator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace rc {

class AttributeTableWidget;
class FeatureStore;
class GridCasesPanel;
class IdentifyPanel;
class UnmaskAuthority;
class VectorLayer;

/// What an operator asks to see in clear: the personal fields of some features of one layer.
struct UnmaskRequest
{
  QString databasePath; ///< the OpsDatabase whose audit trail records the unmask
  /// The shared operations database ("PG:...") whose rc_ops.audit records it instead; empty: none.
  QString sharedDatabase;
  QString source; ///< the layer's table ("grids"), the subject of the audit records
  std::shared_ptr<const FeatureStore> store;
  std::vector<std::uint32_t> features;

  /// For a layer: its table and the operations database beside its data (OpsDatabase::pathBeside),
  /// or the shared one when the seats share one (PostgisConnections::sharedDatabase()).
  static UnmaskRequest forLayer(const VectorLayer &layer, std::vector<std::uint32_t> features);
};

/// The one way personal data reaches the screen in clear: checks the operator's role, asks for a
/// reason, appends one audit record per personal value shown (on a worker, in one transaction:
/// all or nothing; to the shared PostGIS audit trail when there is one), and only then calls the
/// view back to reveal. The identify panel's and the grid cases panel's Unmask buttons and the
/// attribute tables' "Unmask…" context action go through it. GUI thread object; the audit
/// database is opened on the worker, never on the GUI thread.
class UnmaskController : public QObject
{
  Q_OBJECT

public:
  explicit UnmaskController(QWidget *dialogParent, QObject *parent = nullptr);
  ~UnmaskController() override;

  /// The signed-in person: the OS user (from the user database, not $USER), with the role of the
  /// setting "operations/role" for case work (visitor, grid_staff, operator, supervisor; operator
  /// when unset). Whether they may unmask is the authority's decision, never the setting's.
  [[nodiscard]] static Operator systemOperator();
  [[nodiscard]] const Operator &currentOperator() const { return m_operator; }
  void setOperator(Operator person) { m_operator = std::move(person); }
  /// Who decides whether the operator may unmask on a seat of its own: the local role file
  /// (RoleFile) unless set otherwise. With the shared database its role decides
  /// (DatabaseRoleAuthority, asked when the unmask is recorded).
  void setAuthority(std::shared_ptr<const UnmaskAuthority> authority);

  /// More features than this in one request are refused: an unmask is about a case, not a table.
  static constexpr std::size_t kMaxFeatures = 200;

  /// Asks for the reason in a dialog, then unmask(); refused() at once when the role may not.
  void request(UnmaskRequest request, std::function<void()> reveal);
  /// Records the unmask on a worker and calls `reveal` once every record is written; refused()
  /// or failed() instead when the role, the reason, the size or the database says no.
  void unmask(UnmaskRequest request, const QString &reason, std::function<void()> reveal);
  [[nodiscard]] bool isBusy() const { return m_watcher != nullptr; }

  /// Wires the identify panel's Unmask button.
  void attach(IdentifyPanel *panel);
  /// Adds "Unmask…" (the selected rows) to the table's context menu.
  void attach(AttributeTableWidget *table);
  /// Wires the grid cases panel's Unmask button (the shown grid's staff).
  void attach(GridCasesPanel *panel);

signals:
  void unmasked(int records);
  void refused(const QString &message);
  void failed(const QString &message);

private:
  struct Outcome
  {
    int records = 0;
    QString error;
    bool denied = false;
  };
  static Outcome record(const UnmaskRequest &request, const Operator &by, const QString &reason,
                        const std::shared_ptr<const UnmaskAuthority> &authority);
  [[nodiscard]] QString refusal(const UnmaskRequest &request) const;

  QPointer<QWidget> m_dialogParent;
  Operator m_operator;
  std::shared_ptr<const UnmaskAuthority> m_authority;
  std::function<void()> m_reveal;
  std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
};

} // namespace rc

#include "ops/CaseDeskBackend.h"

#include "ops/OpsDatabase.h"
#include "ops/PostgisCaseLedger.h"
#include "postgis/PostgisStatement.h"

using namespace Qt::StringLiterals;

namespace rc {

CaseDeskBackend::CaseDeskBackend(const QString &dataPath, const EventWorkflow::Clock &clock)
    : m_database(std::make_unique<OpsDatabase>(OpsDatabase::pathBeside(dataPath))),
      m_grids(std::make_unique<GridLocator>(GridLocator::loadGrids(dataPath))),
      m_workflow(std::make_unique<EventWorkflow>(*m_database, *m_grids, TimeLimits(), clock))
{}

CaseDeskBackend::CaseDeskBackend(const QString &dataPath, const QString &sharedSource,
                                 const EventWorkflow::Clock &clock)
    : m_shared(
          std::make_unique<PostgisCaseLedger>(withConnectionOptions(sharedSource, {u"connect_timeout=5"_s}))),
      m_grids(std::make_unique<GridLocator>(GridLocator::loadGrids(dataPath))),
      m_workflow(std::make_unique<EventWorkflow>(*m_shared, *m_grids, TimeLimits(), clock))
{}

CaseDeskBackend::~CaseDeskBackend() = default;

void CaseDeskBackend::reload(qint64 id, CaseDeskReply &reply) const
{
  reply.reloadedId = id;
  reply.reloaded = m_workflow->find(id);
  reply.now = m_workflow->now();
}

void CaseDeskBackend::list(CaseDeskReply &reply)
{
  // Before the list, so a save made while it is read comes again at the next catch-up.
  if (m_shared)
    m_seen = m_shared->lastChange();
  const CaseLedger &store = m_workflow->ledger();
  reply.cases = store.open();
  for (CaseState finished : {CaseState::Closed, CaseState::Evaluated, CaseState::Voided})
    reply.cases += store.inState(finished);
  reply.now = m_workflow->now();
  reply.listed = true;
  if (m_shared) {
    reply.readOnly = !m_shared->isWritable();
    reply.storage = m_shared->role() + u'@' + m_shared->source();
  }
}

void CaseDeskBackend::catchUp(CaseDeskReply &reply)
{
  if (!m_shared || !m_seen.isValid()) {
    list(reply);
    return;
  }
  const QDateTime newest = m_shared->lastChange();
  reply.changedCases = m_shared->changedSince(m_seen.addSecs(-kCommitMarginSeconds));
  reply.presentIds = m_shared->ids();
  if (newest.isValid())
    m_seen = newest;
  reply.now = m_workflow->now();
  reply.caughtUp = true;
  reply.readOnly = !m_shared->isWritable();
  reply.storage = m_shared->role() + u'@' + m_shared->source();
}

} // namespace rc

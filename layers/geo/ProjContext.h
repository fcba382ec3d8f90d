#pragma once

#include <QString>

#include <proj.h>

#include <memory>

/// Internal to layers/geo: owning handles for PROJ objects and the per-thread PROJ context.
/// PROJ contexts and the objects made in them must never cross threads, so every thread that
/// touches PROJ gets its own context here.
namespace rc::proj {

struct PjDeleter
{
  void operator()(PJ *pj) const { proj_destroy(pj); }
};
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

struct ContextDeleter
{
  void operator()(PJ_CONTEXT *context) const { proj_context_destroy(context); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;

struct ObjListDeleter
{
  void operator()(PJ_OBJ_LIST *list) const { proj_list_destroy(list); }
};
using ObjListPtr = std::unique_ptr<PJ_OBJ_LIST, ObjListDeleter>;

struct IntListDeleter
{
  void operator()(int *list) const { proj_int_list_destroy(list); }
};
using IntListPtr = std::unique_ptr<int, IntListDeleter>;

/// The calling thread's context, created on first use and destroyed when the thread exits.
/// A thread_local that holds PJ objects must call this in its constructor, so that it is destroyed
/// before the context its objects live in.
[[nodiscard]] PJ_CONTEXT *threadContext();

/// The last error PROJ logged on this thread's context since the previous call (empty if none),
/// for messages to the user.
QString takeLastError();

} // namespace rc::proj

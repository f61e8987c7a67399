#include "errors.h"

#include <xapian.h>

#include "query/query_error.h"

namespace kiosque {

const ErrorKindInfo& error_info(ErrorKind kind) {
  for (const ErrorKindInfo& info : kErrorKinds)
    if (info.kind == kind) return info;
  return kErrorKinds[sizeof kErrorKinds / sizeof kErrorKinds[0] - 1];
}

Failure failure_of(std::exception_ptr caught) {
  try {
    std::rethrow_exception(caught);
  } catch (const query::QueryError& e) {
    return {ErrorKind::kBadQuery, e.what(), e.what()};
  } catch (const Xapian::DatabaseOpeningError& e) {
    return {ErrorKind::kIndexUnavailable, "the index cannot be opened: " + e.get_msg(), e.get_msg()};
  } catch (const Xapian::DatabaseError& e) {
    return {ErrorKind::kIndexUnavailable, "the index cannot be read: " + e.get_msg(), e.get_description()};
  } catch (const Xapian::NetworkError& e) {  // a remote shard lost or stuck
    return {ErrorKind::kIndexUnavailable, "a shard of the index cannot be reached: " + e.get_msg(), e.get_description()};
  } catch (const Xapian::Error& e) {
    return {ErrorKind::kInternal, "internal error (reported on stderr)", e.get_description()};
  } catch (const std::exception& e) {
    return {ErrorKind::kInternal, "internal error (reported on stderr)", e.what()};
  } catch (...) {
  }
  return {ErrorKind::kInternal, "internal error (reported on stderr)", "unknown exception"};
}

}  // namespace kiosque

#pragma once

#include <QtGlobal>

#include <functional>

namespace OrgConsole {

// CPU work of the window's thread cut into parts run at once on all cores, for the few places
// where one long computation would stall the window (the first sort of 100,000 rows by a text
// column). The services own the threads: the UI asks for parts, not for threads.

// How many parts `items` items make: one per core at most, each of `minPerPart` items at least,
// and 1 for a short list or a single core.
int workParts(qsizetype items, qsizetype minPerPart);

// Runs work(part) for every part in [0, parts): part 0 on the caller's thread, the others on Qt's
// global thread pool (a part no thread has taken yet is run by the caller); returns when all are
// done. `work` must be safe to run on several threads at once for different parts.
void runParts(int parts, const std::function<void(int part)> &work);

} // namespace OrgConsole

#pragma once
// Work on many inputs in parallel, results in input order.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace catrack::cli::cmd {

// Calls produce(i) for every i in [0, count) on `jobs` threads (the calling
// thread is one of them), and consume(i, result) on the calling thread in
// index order. At most 4 x jobs results wait to be consumed, so memory stays
// bounded however many inputs there are. consume returns false to stop early
// (say, output can no longer be written). When the calling thread has to wait
// more than 50 ms for the next result (a slow input), it calls `waiting` (say,
// to send on the output it holds). An exception from either side stops the
// workers and is rethrown here.
//
// The calling thread produces too, rather than sleeping until a result is
// ready: with small inputs, waking it for each one cost as much as the work.
template <class Result, class Produce, class Consume>
void run_in_order(std::size_t count, unsigned jobs, Produce produce, Consume consume,
                  const std::function<void()>& waiting = {}) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i)
      if (!consume(i, produce(i))) return;
    return;
  }
  const std::size_t window = std::size_t{jobs} * 4;
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable ready; // a result arrived, or a worker failed
  std::condition_variable space; // a slot was freed, or everyone must stop
  std::size_t next = 0;
  std::size_t consumed = 0;
  bool stop = false;
  std::exception_ptr failure;

  // Produces input i and puts it in its slot; the lock is held on entry and exit.
  const auto produce_one = [&](std::unique_lock<std::mutex>& lock, std::size_t i) {
    lock.unlock();
    std::optional<Result> result;
    std::exception_ptr error;
    try {
      result.emplace(produce(i));
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    if (error) {
      if (!failure) failure = error;
      stop = true;
    } else {
      slots[i % window] = std::move(result);
    }
  };
  const auto may_take = [&] { return !stop && next < count && next < consumed + window; };

  const auto worker = [&] {
    std::unique_lock lock(mutex);
    for (;;) {
      space.wait(lock, [&] { return stop || next >= count || next < consumed + window; });
      if (stop || next >= count) return;
      produce_one(lock, next++);
      ready.notify_one();
      if (stop) space.notify_all();
    }
  };

  std::vector<std::thread> threads;
  const std::size_t thread_count = std::min<std::size_t>(jobs - 1, count);
  for (std::size_t t = 0; t < thread_count; ++t) threads.emplace_back(worker);
  const auto finish = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    space.notify_all();
    for (auto& t : threads) t.join();
  };

  try {
    for (std::size_t i = 0; i < count; ++i) {
      std::optional<Result> result;
      {
        std::unique_lock lock(mutex);
        while (!slots[i % window] && !failure) {
          if (may_take()) {
            produce_one(lock, next++);
            continue;
          }
          if (!ready.wait_for(lock, std::chrono::milliseconds(50),
                              [&] { return slots[i % window].has_value() || failure; }) &&
              waiting) {
            lock.unlock();
            waiting();
            lock.lock();
          }
        }
        if (!slots[i % window]) break; // a worker failed
        result = std::move(slots[i % window]);
        slots[i % window].reset();
        ++consumed;
      }
      space.notify_all();
      if (!consume(i, std::move(*result))) break;
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
  if (failure) std::rethrow_exception(failure);
}

} // namespace catrack::cli::cmd

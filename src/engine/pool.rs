//! The page's one pool of sweep workers, and the protocol it speaks with them.
//!
//! Every request carries an id that the worker echoes, and every answer is matched to the request
//! with that id; an answer nobody waits for any more — a cancelled run's, a second copy, one that
//! comes after its request was given to another worker — is dropped. Several runs share the pool
//! (the Monte Carlo sweep and the phase diagram, the Walls view's fans): each takes idle workers
//! as it needs them, and answers go to the run that asked.
//!
//! Workers start when a run first needs them, up to one per core ([`MAX_WORKERS`] at most). A
//! worker has [`START_DEADLINE_MS`] to say it is ready. Each request then has a deadline derived
//! from how long such work has taken here ([`deadline_ms`]): a worker that misses it, throws, or
//! crashes is terminated and replaced, and its chunk goes back to the queue for another worker —
//! a healthy run is never restarted. A chunk that fails [`MAX_ATTEMPTS`] times fails the run (the
//! engine then computes on the page, with a note). Cancelling ends a run within one
//! [`TICK_MS`] tick whatever its workers are doing; a worker still busy with a cancelled run's
//! chunk answers into the void, or misses its deadline and is replaced.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::{Rc, Weak};

use firstwall_model::scenario_file::ScenarioFile;
use firstwall_worker::{
    encode_request_with, encode_scenario, Task, READY, START_FAILED, WORKER_SCRIPT,
};
use futures_channel::oneshot;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};

use super::{now_ms, CancelFlag, Stop};

/// The most background workers.
const MAX_WORKERS: usize = 4;
/// How long a new worker may take to load its wasm and say it is ready, ms.
pub const START_DEADLINE_MS: f64 = 30_000.0;
/// A request's deadline before anything of its kind has been measured here, ms.
const FIRST_DEADLINE_MS: f64 = 30_000.0;
/// A request's deadline is this many times what it should take…
const DEADLINE_FACTOR: f64 = 20.0;
/// …and never less than this, ms (a loaded machine can pause a worker for a while).
const DEADLINE_FLOOR_MS: f64 = 5_000.0;
/// How often a waiting run looks at its cancel flag, ms.
const TICK_MS: i32 = 50;
/// How many times a chunk is tried (on different workers) before the run gives up.
const MAX_ATTEMPTS: u32 = 3;

/// How long a request of `units` units should get, given the slowest recent ms per unit of its
/// kind (`None` before the first answer).
pub fn deadline_ms(ms_per_unit: Option<f64>, units: f64) -> f64 {
    match ms_per_unit {
        Some(rate) => (DEADLINE_FACTOR * rate * units).max(DEADLINE_FLOOR_MS),
        None => FIRST_DEADLINE_MS,
    }
}

/// The kind of a task, for its measured speed.
fn kind_and_units(task: &Task) -> (usize, f64) {
    match task {
        Task::MonteCarlo { start, end, .. } => (0, f64::from(end.saturating_sub(*start))),
        Task::Fans { samples, .. } => (1, f64::from(*samples)),
        Task::Grid { x, start, end, .. } => (2, f64::from(end.saturating_sub(*start) * x.steps)),
    }
}

/// What a worker is doing.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    /// Loading; not ready yet.
    Starting,
    /// Ready for a request.
    Idle,
    /// Computing request `id`, sent at `sent` (ms), of `units` units of `kind`.
    Busy {
        id: u32,
        sent: f64,
        kind: usize,
        units: f64,
    },
    /// Could not start (the reason); never used again.
    Failed(String),
    /// Terminated and replaced; whatever it still says is ignored.
    Gone,
}

/// Where an answer goes: the run that asked, and which of its chunks it is.
struct Route {
    mailbox: Rc<Mailbox>,
    chunk: usize,
}

/// What a run hears while it waits.
enum Event {
    /// Chunk `chunk` was answered by worker `worker`.
    Answer {
        id: u32,
        chunk: usize,
        worker: usize,
        data: JsValue,
    },
    /// Chunk `chunk`'s worker failed (it was replaced); another worker may try the chunk.
    Failed { id: u32, chunk: usize, why: String },
    /// Time to look at the cancel flag and the queue again.
    Tick,
}

/// A run's queue of events, and the waker of the run waiting on it.
#[derive(Default)]
struct Mailbox {
    events: RefCell<VecDeque<Event>>,
    wake: RefCell<Option<oneshot::Sender<()>>>,
    tick_pending: Cell<bool>,
}

impl Mailbox {
    fn post(&self, event: Event) {
        self.events.borrow_mut().push_back(event);
        if let Some(wake) = self.wake.borrow_mut().take() {
            // The run may have stopped waiting (it returned): nothing to wake.
            wake.send(()).ok();
        }
    }

    /// The next event; a [`Event::Tick`] comes at least every [`TICK_MS`].
    async fn next(self: &Rc<Self>) -> Event {
        loop {
            if let Some(event) = self.events.borrow_mut().pop_front() {
                return event;
            }
            if !self.tick_pending.replace(true) {
                let mailbox = Rc::downgrade(self);
                after_ms(TICK_MS, move || {
                    if let Some(mailbox) = mailbox.upgrade() {
                        mailbox.tick_pending.set(false);
                        mailbox.post(Event::Tick);
                    }
                });
            }
            let (sender, receiver) = oneshot::channel();
            *self.wake.borrow_mut() = Some(sender);
            // A dropped sender also wakes us; the loop looks again either way.
            receiver.await.ok();
        }
    }
}

/// Calls `f` once after `ms` milliseconds (never, if the page has no window).
fn after_ms(ms: i32, f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        // Without a timer the callback never runs; the callers' other paths still end.
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
            .ok();
    }
}

/// Milliseconds as a timer's `i32`, saturating.
fn timer_ms(ms: f64) -> i32 {
    // Clamped into i32's range first.
    #[allow(clippy::cast_possible_truncation)]
    let ms = ms.clamp(0.0, f64::from(i32::MAX)).round() as i32;
    ms
}

/// One worker and its state.
struct Member {
    worker: Worker,
    phase: RefCell<Phase>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Member {
    /// Terminates the worker; whatever it had queued for the page is no longer heard.
    fn stop(&self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }

    fn is(&self, phase: &Phase) -> bool {
        std::mem::discriminant(&*self.phase.borrow()) == std::mem::discriminant(phase)
    }
}

/// The page's background workers running the `sweep-worker` wasm, shared by every run.
pub struct WorkerPool {
    this: Weak<WorkerPool>,
    url: String,
    max: usize,
    members: RefCell<Vec<Rc<Member>>>,
    /// Requests in flight and where their answers go (a few at a time: a list is enough, and a
    /// hash map would cost the download several KB).
    routes: RefCell<Vec<(u32, Route)>>,
    next_id: Cell<u32>,
    /// The slowest recent ms per unit of each task kind.
    speed: RefCell<[Option<f64>; 3]>,
    /// Why no worker can be created here at all, once that is known.
    unavailable: RefCell<Option<String>>,
    /// The runs going on, each woken whenever a worker becomes free or fails.
    runs: RefCell<Vec<Weak<Mailbox>>>,
}

impl WorkerPool {
    fn new(max: usize) -> Rc<Self> {
        Rc::new_cyclic(|this| Self {
            this: this.clone(),
            url: format!("/{WORKER_SCRIPT}"),
            max: max.max(1),
            members: RefCell::new(Vec::new()),
            routes: RefCell::new(Vec::new()),
            next_id: Cell::new(1),
            speed: RefCell::new([None; 3]),
            unavailable: RefCell::new(None),
            runs: RefCell::new(Vec::new()),
        })
    }

    /// The most workers this pool runs at once.
    pub fn max_workers(&self) -> usize {
        self.max
    }

    /// Starts a worker in slot `index` (a new slot if `index` is the number of slots).
    fn start_member(&self, index: usize) {
        let member = match Worker::new(&self.url) {
            Ok(worker) => {
                let member = Rc::new_cyclic(|me: &Weak<Member>| {
                    let (pool, me_message) = (self.this.clone(), me.clone());
                    let on_message =
                        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                            if let (Some(pool), Some(member)) =
                                (pool.upgrade(), me_message.upgrade())
                            {
                                pool.on_message(index, &member, &event.data());
                            }
                        });
                    let (pool, me_error) = (self.this.clone(), me.clone());
                    let on_error =
                        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                            let message = event.dyn_ref::<web_sys::ErrorEvent>().map_or_else(
                                || "the worker failed".to_owned(),
                                web_sys::ErrorEvent::message,
                            );
                            if let (Some(pool), Some(member)) = (pool.upgrade(), me_error.upgrade())
                            {
                                pool.on_error(index, &member, message);
                            }
                        });
                    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
                    Member {
                        worker,
                        phase: RefCell::new(Phase::Starting),
                        _on_message: on_message,
                        _on_error: on_error,
                    }
                });
                let (pool, watched) = (self.this.clone(), Rc::downgrade(&member));
                after_ms(timer_ms(START_DEADLINE_MS), move || {
                    if let (Some(pool), Some(member)) = (pool.upgrade(), watched.upgrade()) {
                        if member.is(&Phase::Starting) {
                            member.stop();
                            *member.phase.borrow_mut() = Phase::Failed(format!(
                                "the worker did not start within {} s",
                                START_DEADLINE_MS / 1000.0
                            ));
                            pool.wake_all();
                        }
                    }
                });
                member
            }
            Err(err) => {
                // No workers here at all (a browser or a sandbox without them).
                let message = err
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .or_else(|| err.as_string())
                    .unwrap_or_else(|| "workers are not available here".to_owned());
                *self.unavailable.borrow_mut() = Some(message);
                return;
            }
        };
        let mut members = self.members.borrow_mut();
        if index < members.len() {
            members[index] = member;
        } else {
            members.push(member);
        }
    }

    /// Terminates the worker in slot `index` and starts a fresh one there.
    fn replace(&self, index: usize, member: &Rc<Member>) {
        member.stop();
        *member.phase.borrow_mut() = Phase::Gone;
        self.start_member(index);
    }

    fn on_message(&self, index: usize, member: &Rc<Member>, data: &JsValue) {
        if data.as_string().as_deref() == Some(READY) {
            if member.is(&Phase::Starting) {
                *member.phase.borrow_mut() = Phase::Idle;
                self.wake_all();
            }
            return;
        }
        if member.is(&Phase::Starting) {
            // The loader could not load the glue or the wasm, and says why.
            if let Some(why) = Reflect::get(data, &START_FAILED.into())
                .ok()
                .and_then(|why| why.as_string())
            {
                member.stop();
                *member.phase.borrow_mut() = Phase::Failed(why);
                self.wake_all();
                return;
            }
        }
        let id = Reflect::get(data, &"id".into())
            .ok()
            .and_then(|id| id.as_f64());
        let busy = member.phase.borrow().clone();
        let Phase::Busy {
            id: busy_id,
            sent,
            kind,
            units,
        } = busy
        else {
            // Idle, gone or starting: a second copy, or an answer from a replaced worker. Dropped.
            return;
        };
        if id != Some(f64::from(busy_id)) {
            // A second copy of an earlier answer: dropped.
            return;
        }
        *member.phase.borrow_mut() = Phase::Idle;
        if units > 0.0 {
            let rate = (now_ms() - sent).max(0.0) / units;
            let mut speed = self.speed.borrow_mut();
            // The slowest recent rate, forgetting slow ones gradually.
            speed[kind] = Some(match speed[kind] {
                Some(old) if old > rate => 0.9 * old + 0.1 * rate,
                _ => rate,
            });
        }
        // Every run hears of the free worker before the one that asked hears its answer, so that
        // a run waiting for a worker is not always too late.
        self.wake_all();
        // No route: its run was cancelled or has given up, and nobody waits for the answer.
        if let Some(route) = self.take_route(busy_id) {
            route.mailbox.post(Event::Answer {
                id: busy_id,
                chunk: route.chunk,
                worker: index,
                data: data.clone(),
            });
        }
    }

    fn on_error(&self, index: usize, member: &Rc<Member>, message: String) {
        let phase = member.phase.borrow().clone();
        match phase {
            Phase::Starting => {
                member.stop();
                *member.phase.borrow_mut() = Phase::Failed(message);
                self.wake_all();
            }
            Phase::Busy { id, .. } => {
                self.fail_request(id, format!("the worker failed: {message}"));
                self.replace(index, member);
            }
            Phase::Idle => self.replace(index, member),
            Phase::Failed(_) | Phase::Gone => {}
        }
    }

    /// Where the answer to request `id` goes, taken out of the routes.
    fn take_route(&self, id: u32) -> Option<Route> {
        let mut routes = self.routes.borrow_mut();
        let at = routes.iter().position(|(known, _)| *known == id)?;
        Some(routes.swap_remove(at).1)
    }

    /// Tells the run waiting for request `id` that its worker failed; it may try elsewhere.
    fn fail_request(&self, id: u32, why: String) {
        if let Some(route) = self.take_route(id) {
            route.mailbox.post(Event::Failed {
                id,
                chunk: route.chunk,
                why,
            });
        }
    }

    /// Wakes every run (a worker became free, started or failed), so that each looks for a
    /// worker now rather than at its next tick.
    fn wake_all(&self) {
        let runs: Vec<Rc<Mailbox>> = self
            .runs
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        for mailbox in runs {
            mailbox.post(Event::Tick);
        }
    }

    /// How many workers one run may keep busy while `runs` runs share the pool: an even share,
    /// rounded up, so that a diagram drawn during a long sweep gets a worker at the sweep's next
    /// answer instead of after its last.
    fn fair_share(&self) -> usize {
        let runs = self
            .runs
            .borrow()
            .iter()
            .filter(|r| r.strong_count() > 0)
            .count();
        self.max.div_ceil(runs.max(1))
    }

    /// An idle worker (its slot), starting more when fewer are on their way than `wanted`.
    fn idle(&self, wanted: usize) -> Option<(usize, Rc<Member>)> {
        let found = self
            .members
            .borrow()
            .iter()
            .enumerate()
            .find(|(_, m)| m.is(&Phase::Idle))
            .map(|(index, m)| (index, Rc::clone(m)));
        if found.is_some() {
            return found;
        }
        let (starting, failed, count) = {
            let members = self.members.borrow();
            let starting = members.iter().filter(|m| m.is(&Phase::Starting)).count();
            let failed = members
                .iter()
                .any(|m| matches!(*m.phase.borrow(), Phase::Failed(_)));
            (starting, failed, members.len())
        };
        // Grow while nothing has failed to start here and more work waits than is on its way.
        if !failed && self.unavailable.borrow().is_none() && starting < wanted {
            for index in count..(count + wanted - starting).min(self.max) {
                self.start_member(index);
            }
        }
        None
    }

    /// Why no worker can take work: every worker failed to start (`None` while one may still).
    fn hopeless(&self) -> Option<String> {
        if let Some(reason) = self.unavailable.borrow().clone() {
            return Some(reason);
        }
        let members = self.members.borrow();
        let mut reason = None;
        for member in members.iter() {
            match &*member.phase.borrow() {
                Phase::Failed(why) => reason = Some(why.clone()),
                Phase::Gone => {}
                _ => return None,
            }
        }
        reason
    }

    /// Sends `text` (request `id`, of `task`) to the worker in slot `index`; its answer goes
    /// along `route`.
    fn send(
        &self,
        index: usize,
        member: &Rc<Member>,
        id: u32,
        text: &str,
        task: &Task,
        route: Route,
    ) {
        let (kind, units) = kind_and_units(task);
        let sent = now_ms();
        *member.phase.borrow_mut() = Phase::Busy {
            id,
            sent,
            kind,
            units,
        };
        self.routes.borrow_mut().push((id, route));
        if let Err(err) = member.worker.post_message(&JsValue::from_str(text)) {
            self.fail_request(id, format!("the worker refused the request: {err:?}"));
            self.replace(index, member);
            return;
        }
        let deadline = deadline_ms(self.speed.borrow()[kind], units);
        let (pool, watched) = (self.this.clone(), Rc::downgrade(member));
        after_ms(timer_ms(deadline), move || {
            let (Some(pool), Some(member)) = (pool.upgrade(), watched.upgrade()) else {
                return;
            };
            let late = matches!(*member.phase.borrow(), Phase::Busy { id: busy, .. } if busy == id);
            if late {
                pool.fail_request(
                    id,
                    format!("a worker gave no answer within {:.1} s", deadline / 1000.0),
                );
                pool.replace(index, &member);
            }
        });
    }

    /// Runs every task around `scenario` (one request per task, with the pool's own ids; the
    /// scenario is written as JSON once) on at most `workers` workers at a time, each free worker
    /// taking the next task; `done` gets each answer with its task's index as it comes and may
    /// refuse it (an answer without the expected data), which counts as a failure of that worker.
    /// Returns how many workers answered and what went wrong on the way; stops within a tick when
    /// `cancel` is set. A run that fails retires the pool from the page, so that the next run
    /// starts afresh.
    pub async fn run(
        &self,
        workers: usize,
        scenario: &ScenarioFile,
        tasks: &[Task],
        mut done: impl FnMut(usize, &JsValue) -> Result<(), String>,
        cancel: &CancelFlag,
    ) -> Result<Worked, Stop<PoolError>> {
        let scenario = encode_scenario(scenario);
        let mailbox = Rc::new(Mailbox::default());
        self.runs.borrow_mut().push(Rc::downgrade(&mailbox));
        let mut in_flight: Vec<u32> = Vec::new();
        let outcome = self
            .drive(
                workers,
                (&scenario, tasks),
                &mut done,
                cancel,
                &mailbox,
                &mut in_flight,
            )
            .await;
        // However the run ended, answers still on their way go nowhere, and it stops taking a
        // share of the workers.
        {
            self.routes
                .borrow_mut()
                .retain(|(id, _)| !in_flight.contains(id));
        }
        self.runs
            .borrow_mut()
            .retain(|run| run.upgrade().is_some_and(|run| !Rc::ptr_eq(&run, &mailbox)));
        self.wake_all();
        if let Err(Stop::Failed(err)) = &outcome {
            retire(self, err);
        }
        outcome
    }

    /// [`Self::run`]'s loop: hands chunks to free workers (at most `workers`, and at most a fair
    /// share while other runs wait), then waits for an answer, a failure or a tick.
    async fn drive(
        &self,
        workers: usize,
        (scenario, tasks): (&str, &[Task]),
        done: &mut impl FnMut(usize, &JsValue) -> Result<(), String>,
        cancel: &CancelFlag,
        mailbox: &Rc<Mailbox>,
        in_flight: &mut Vec<u32>,
    ) -> Result<Worked, Stop<PoolError>> {
        let mut queue: VecDeque<usize> = (0..tasks.len()).collect();
        let mut attempts = vec![0u32; tasks.len()];
        let mut answered_by: Vec<usize> = Vec::new();
        let mut retries = Vec::new();
        let mut left = tasks.len();
        let workers = workers.clamp(1, self.max);
        loop {
            if cancel.is_cancelled() {
                return Err(Stop::Cancelled);
            }
            let limit = workers.min(self.fair_share());
            while in_flight.len() < limit {
                let Some(&chunk) = queue.front() else { break };
                let wanted = queue.len().min(limit - in_flight.len());
                let Some((index, member)) = self.idle(wanted) else {
                    break;
                };
                queue.pop_front();
                let id = self.next_id.get();
                self.next_id.set(id.wrapping_add(1).max(1));
                in_flight.push(id);
                let route = Route {
                    mailbox: Rc::clone(mailbox),
                    chunk,
                };
                // The request as it travels, with the id its answer must carry.
                let text = encode_request_with(id, scenario, &tasks[chunk]);
                self.send(index, &member, id, &text, &tasks[chunk], route);
            }
            if left == 0 {
                return Ok(Worked {
                    workers: answered_by.len(),
                    retries,
                });
            }
            if in_flight.is_empty() {
                if let Some(reason) = self.hopeless() {
                    return Err(Stop::Failed(PoolError::Unavailable(reason)));
                }
            }
            let (chunk, why) = match mailbox.next().await {
                Event::Answer {
                    id,
                    chunk,
                    worker,
                    data,
                } => {
                    in_flight.retain(|&known| known != id);
                    if let Some(error) = Reflect::get(&data, &"error".into())
                        .ok()
                        .and_then(|error| error.as_string())
                    {
                        // The model refused the request: another worker would too.
                        return Err(Stop::Failed(PoolError::Refused(error)));
                    }
                    match done(chunk, &data) {
                        Ok(()) => {
                            if !answered_by.contains(&worker) {
                                answered_by.push(worker);
                            }
                            left -= 1;
                            continue;
                        }
                        Err(why) => {
                            // An answer without what was asked: that worker is not to be trusted.
                            let member = self.members.borrow().get(worker).cloned();
                            if let Some(member) = member {
                                if member.is(&Phase::Idle) {
                                    self.replace(worker, &member);
                                }
                            }
                            (chunk, why)
                        }
                    }
                }
                Event::Failed { id, chunk, why } => {
                    in_flight.retain(|&known| known != id);
                    (chunk, why)
                }
                Event::Tick => continue,
            };
            attempts[chunk] += 1;
            if attempts[chunk] >= MAX_ATTEMPTS {
                return Err(Stop::Failed(PoolError::Failed(why)));
            }
            retries.push(why);
            queue.push_front(chunk);
        }
    }
}

impl Drop for WorkerPool {
    fn drop(&mut self) {
        for member in self.members.borrow().iter() {
            member.stop();
        }
    }
}

/// Why a run on the workers did not finish.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PoolError {
    /// No worker could start here (the reason).
    Unavailable(String),
    /// Workers failed: a chunk failed on several of them.
    Failed(String),
    /// The model refused the request (a scenario it cannot run); the workers are fine.
    Refused(String),
}

impl std::fmt::Display for PoolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable(why) | Self::Failed(why) | Self::Refused(why) => f.write_str(why),
        }
    }
}

impl PoolError {
    /// A note for the visitor: what happened, and that `instead` (the page) computed `what`.
    pub fn note(&self, what: &str) -> String {
        match self {
            Self::Unavailable(why) => format!(
                "Background workers could not start ({why}), so {what} was computed on the page itself, in small slices; the answer is the same."
            ),
            Self::Failed(why) => format!(
                "The background workers failed ({why}), so {what} was computed on the page itself, in small slices; the answer is the same."
            ),
            Self::Refused(why) => format!(
                "A background worker could not compute {what} ({why}), so it was computed on the page itself, in small slices."
            ),
        }
    }
}

/// What a finished run on the workers did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Worked {
    /// How many different workers answered.
    pub workers: usize,
    /// Why chunks had to be given to another worker, one entry per retry.
    pub retries: Vec<String>,
}

impl Worked {
    /// A note for the visitor when chunks had to be retried, or `None`.
    pub fn note(&self) -> Option<String> {
        let first = self.retries.first()?;
        let n = self.retries.len();
        Some(format!(
            "{} {} had to be computed again by another worker ({first}); the answer is unaffected.",
            n,
            if n == 1 { "chunk" } else { "chunks" }
        ))
    }
}

thread_local! {
    static POOL: RefCell<Option<Rc<WorkerPool>>> = const { RefCell::new(None) };
    /// Why workers could not start on this page, once a pool found out: later pools do not wait
    /// for them again (as no WebGPU stays no WebGPU until a reload).
    static NO_WORKERS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// How many workers to run: one per core the browser reports, at most [`MAX_WORKERS`].
fn worker_count() -> usize {
    let cores = web_sys::window()
        .map(|window| window.navigator().hardware_concurrency())
        .unwrap_or(1.0);
    // A small positive count of cores.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let cores = cores.max(1.0) as usize;
    cores.min(MAX_WORKERS)
}

/// The page's one worker pool, created on first use (its workers start when a run needs them).
pub fn pool() -> Rc<WorkerPool> {
    POOL.with(|slot| {
        Rc::clone(slot.borrow_mut().get_or_insert_with(|| {
            let pool = WorkerPool::new(worker_count());
            *pool.unavailable.borrow_mut() = NO_WORKERS.with(|known| known.borrow().clone());
            pool
        }))
    })
}

/// After a run on `failed` ended with `err`: drops that pool (if it is still the page's), so that
/// the next run starts fresh workers, and remembers if workers cannot start here at all. A refusal
/// by the model says nothing about the workers and keeps the pool.
fn retire(failed: &WorkerPool, err: &PoolError) {
    match err {
        PoolError::Refused(_) => return,
        PoolError::Unavailable(why) => {
            NO_WORKERS.with(|known| *known.borrow_mut() = Some(why.clone()))
        }
        PoolError::Failed(_) => {}
    }
    POOL.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot
            .as_ref()
            .is_some_and(|pool| std::ptr::eq(pool.as_ref(), failed))
        {
            *slot = None;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines_follow_the_measured_speed_with_a_floor() {
        assert!((deadline_ms(None, 20_000.0) - FIRST_DEADLINE_MS).abs() < 1e-9);
        // 5 µs a sample (one core, model v2): a 20,000-sample chunk takes 100 ms and gets the
        // 5 s floor.
        assert!((deadline_ms(Some(0.005), 20_000.0) - DEADLINE_FLOOR_MS).abs() < 1e-9);
        // A slow machine (1 ms a sample, 20 s a chunk) gets 20 times that.
        assert!((deadline_ms(Some(1.0), 20_000.0) - 400_000.0).abs() < 1e-6);
    }
}

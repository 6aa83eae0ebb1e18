package vn.pakn.application.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Group commit: callers queue an item and wait; one writer takes whatever is queued (up to {@code maxBatch}) and
 * writes it in one transaction, then answers every caller of the batch. While it commits, the next batch queues up,
 * so under load one commit (one WAL flush) serves many callers. A caller is answered only after its batch committed.
 * If a batch fails as a whole (say a unique key taken meanwhile by another node), each item is written alone, so one
 * bad item costs only its own caller.
 *
 * @param <T> what is written
 * @param <R> the answer for one item
 */
public final class GroupCommit<T, R> implements Runnable {

    private record Pending<T, R>(T item, CompletableFuture<R> answer) {
    }

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final int maxBatch;
    private final Function<List<T>, List<R>> batchWriter;
    private final Function<T, R> singleWriter;
    private final Runnable afterCommit;
    private volatile boolean running = true;

    /**
     * @param batchWriter writes all items in one transaction and returns their answers in the same order, after the commit
     * @param singleWriter writes one item in its own transaction (the fallback when a batch fails)
     * @param afterCommit run after each batch committed (wakes the materialiser)
     */
    public GroupCommit(int maxBatch, Function<List<T>, List<R>> batchWriter, Function<T, R> singleWriter, Runnable afterCommit) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1, was " + maxBatch);
        }
        this.maxBatch = maxBatch;
        this.batchWriter = batchWriter;
        this.singleWriter = singleWriter;
        this.afterCommit = afterCommit;
    }

    /**
     * Queues the item and waits until its batch has committed.
     *
     * @throws ExecutionException with the writer's exception as the cause, if the item could not be written
     * @throws TimeoutException if no answer came within the timeout (the item may still be written later)
     * @throws IllegalStateException if the writer is stopping
     */
    public R submit(T item, Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        if (!running) {
            throw new IllegalStateException("the group-commit writer is stopping");
        }
        var pending = new Pending<T, R>(item, new CompletableFuture<>());
        queue.add(pending);
        return pending.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The writer loop: runs until {@link #stop()}, then writes what is still queued and returns. */
    @Override
    public void run() {
        List<Pending<T, R>> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending<T, R> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            } finally {
                batch.clear();
            }
        }
        // Whatever came in after the last poll of a stopping writer gets a refusal instead of a wait until timeout.
        Pending<T, R> left;
        while ((left = queue.poll()) != null) {
            left.answer().completeExceptionally(new IllegalStateException("the group-commit writer stopped"));
        }
    }

    public void stop() {
        running = false;
    }

    public int queued() {
        return queue.size();
    }

    private void write(List<Pending<T, R>> batch) {
        List<R> answers;
        try {
            answers = batchWriter.apply(batch.stream().map(Pending::item).toList());
            if (answers.size() != batch.size()) {
                throw new IllegalStateException("the batch writer answered " + answers.size() + " of " + batch.size() + " items");
            }
        } catch (RuntimeException batchFailed) {
            writeOneByOne(batch);
            return;
        }
        afterCommit.run();
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }

    private void writeOneByOne(List<Pending<T, R>> batch) {
        boolean any = false;
        for (Pending<T, R> p : batch) {
            try {
                R answer = singleWriter.apply(p.item());
                any = true;
                p.answer().complete(answer);
            } catch (RuntimeException e) {
                p.answer().completeExceptionally(e);
            }
        }
        if (any) {
            afterCommit.run();
        }
    }
}

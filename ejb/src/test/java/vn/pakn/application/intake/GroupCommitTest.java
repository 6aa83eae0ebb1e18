package vn.pakn.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The group-commit writer: one batch per transaction, answers only after the batch, one-by-one after a failed batch. */
class GroupCommitTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final List<String> singles = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger commits = new AtomicInteger();
    private GroupCommit<String, String> commit;

    @AfterEach
    void stop() throws InterruptedException {
        if (commit != null) {
            commit.stop();
        }
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void callersQueuedDuringACommitShareTheNextOne() throws Exception {
        CountDownLatch firstBatchEntered = new CountDownLatch(1);
        CountDownLatch releaseFirstBatch = new CountDownLatch(1);
        commit = new GroupCommit<>(100, items -> {
            batches.add(List.copyOf(items));
            if (batches.size() == 1) {
                firstBatchEntered.countDown();
                await(releaseFirstBatch);
            }
            return items.stream().map(s -> "code-" + s).toList();
        }, s -> "single-" + s, commits::incrementAndGet);
        pool.execute(commit);

        Future<String> first = pool.submit(() -> commit.submit("a", Duration.ofSeconds(10)));
        assertThat(firstBatchEntered.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> queued = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String item = "q" + i;
            queued.add(pool.submit(() -> commit.submit(item, Duration.ofSeconds(10))));
        }
        awaitQueued(10);
        assertThat(first.isDone()).as("no answer before the commit").isFalse();
        releaseFirstBatch.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("code-a");
        for (int i = 0; i < 10; i++) {
            assertThat(queued.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("code-q" + i);
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).hasSize(10);
        assertThat(commits.get()).isEqualTo(2);
    }

    @Test
    void aBatchIsNeverLargerThanTheLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        commit = new GroupCommit<>(3, items -> {
            batches.add(List.copyOf(items));
            await(release);
            return List.copyOf(items);
        }, s -> s, () -> { });
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String item = "r" + i;
            answers.add(pool.submit(() -> commit.submit(item, Duration.ofSeconds(10))));
        }
        awaitQueued(7);
        pool.execute(commit);
        release.countDown();
        for (var a : answers) {
            a.get(10, TimeUnit.SECONDS);
        }
        assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(3));
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(7);
    }

    @Test
    void afterAFailedBatchEachItemIsWrittenAloneAndOnlyTheBadOneFails() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        commit = new GroupCommit<>(10, items -> {
            await(release);
            throw new IllegalStateException("unique key taken");
        }, s -> {
            if (s.equals("bad")) {
                throw new IllegalArgumentException("bad item");
            }
            singles.add(s);
            return "single-" + s;
        }, commits::incrementAndGet);
        var good = pool.submit(() -> commit.submit("good", Duration.ofSeconds(10)));
        var bad = pool.submit(() -> commit.submit("bad", Duration.ofSeconds(10)));
        awaitQueued(2);
        pool.execute(commit);
        release.countDown();

        assertThat(good.get(10, TimeUnit.SECONDS)).isEqualTo("single-good");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ExecutionException.class).cause().hasMessage("bad item");
        assertThat(singles).containsExactly("good");
        assertThat(commits.get()).isEqualTo(1);
    }

    @Test
    void aStoppedWriterRefusesNewItems() throws Exception {
        commit = new GroupCommit<>(10, List::copyOf, s -> s, () -> { });
        Thread writer = new Thread(commit);
        writer.start();
        assertThat(commit.submit("before", Duration.ofSeconds(10))).isEqualTo("before");
        commit.stop();
        writer.join(5_000);

        assertThat(writer.isAlive()).isFalse();
        assertThatThrownBy(() -> commit.submit("after", Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesABatchLimitBelowOne() {
        assertThatThrownBy(() -> new GroupCommit<String, String>(0, List::copyOf, s -> s, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBatch");
    }

    private void awaitQueued(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.queued() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(commit.queued()).isEqualTo(n);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

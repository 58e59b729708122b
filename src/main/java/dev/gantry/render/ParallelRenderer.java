package dev.gantry.render;

import dev.gantry.target.Artifact;
import dev.gantry.target.ArtifactPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders and checks artifact plans on up to {@link #THREADS} cores: each plan is independent of the
 * others (immutable data, a thread-safe FreeMarker configuration), so threads take the next plan from
 * one counter. The result does not depend on the threads: artifacts come back in plan order, and a
 * failure is the one of the first failing plan in that order.
 */
public final class ParallelRenderer {

    static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private ParallelRenderer() {
    }

    public static List<Artifact> render(TemplateRenderer renderer, List<ArtifactPlan> plans)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Artifact[] artifacts = new Artifact[plans.size()];
        Throwable[] failures = new Throwable[plans.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < plans.size(); i = next.getAndIncrement()) {
                try {
                    artifacts[i] = renderer.render(plans.get(i));
                    ArtifactCheck.verify(artifacts[i]);
                } catch (Exception | LinkageError | AssertionError e) {
                    failures[i] = e;
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(THREADS, plans.size()); t++) {
            Thread helper = new Thread(work, "gantry-render-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            }
        }
        rethrowFirst(failures);
        return Arrays.asList(artifacts);
    }

    private static void rethrowFirst(Throwable[] failures)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        for (Throwable failure : failures) {
            if (failure instanceof RenderException e) {
                throw e;
            }
            if (failure instanceof ArtifactCheck.MalformedArtifactException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}

package dev.gantry.pipeline;

import dev.gantry.diag.Diagnostics;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RawSplice;
import dev.gantry.render.RenderException;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plans the selected targets and renders and checks each artifact they plan, on up to
 * {@link #THREADS} cores. Targets only read the project, and each artifact depends on its plan
 * alone, so one target's artifacts render while the next target plans. The result does not depend
 * on the threads: each target plans into diagnostics of its own, added to the run's in target
 * order; artifacts are kept by path; a failure is the first one in (target, plan) order. An artifact
 * rendered for a run whose plans found an error is dropped: the diagnostics are the result.
 */
final class TargetRunner {

    static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    /** The artifacts by path, with the target that produced each one; none when not rendering or in error. */
    record Produced(Map<String, Artifact> artifacts, Map<String, Target> producers) {
    }

    private record Planned(Target target, Diagnostics diagnostics, List<Future<Rendered>> renders) {
    }

    /** An artifact, and what merging raw blocks into its rendered text found (warnings only). */
    private record Rendered(Artifact artifact, Diagnostics found) {
    }

    private final ProjectPlan project;
    private final Scope scope;
    private final Optional<TemplateRenderer> renderer;
    private final ExecutorService workers;

    private TargetRunner(ProjectPlan project, Scope scope, Optional<TemplateRenderer> renderer, ExecutorService workers) {
        this.project = project;
        this.scope = scope;
        this.renderer = renderer;
        this.workers = workers;
    }

    /**
     * Plans {@code targets}, adding what they find to {@code diagnostics}, and renders their plans when a
     * renderer is given and no target found an error.
     */
    static Produced run(ProjectPlan project, Scope scope, List<Target> targets, Optional<TemplateRenderer> renderer,
            Diagnostics diagnostics) throws RenderException, ArtifactCheck.MalformedArtifactException {
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "gantry-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new TargetRunner(project, scope, renderer, workers).run(targets, diagnostics);
        } finally {
            workers.shutdownNow();
        }
    }

    private Produced run(List<Target> targets, Diagnostics diagnostics)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        List<Future<Planned>> planning = new ArrayList<>();
        for (Target target : targets) {
            planning.add(workers.submit(() -> plan(target, diagnostics.file())));
        }
        List<Planned> planned = new ArrayList<>();
        for (Future<Planned> future : planning) {
            Planned target = await(future);
            diagnostics.addAll(target.diagnostics());
            planned.add(target);
        }
        if (diagnostics.hasErrors() || renderer.isEmpty()) {
            return new Produced(Map.of(), Map.of());
        }
        Map<String, Artifact> artifacts = new TreeMap<>();
        Map<String, Target> producers = new TreeMap<>();
        for (Planned target : planned) {
            for (Future<Rendered> render : target.renders()) {
                Rendered rendered = await(render);
                diagnostics.addAll(rendered.found());
                Artifact artifact = rendered.artifact();
                if (artifacts.put(artifact.path(), artifact) != null) {
                    throw new IllegalStateException("two artifacts claim " + artifact.path());
                }
                producers.put(artifact.path(), target.target());
            }
        }
        return new Produced(artifacts, producers);
    }

    private Planned plan(Target target, String file) {
        Diagnostics found = new Diagnostics(file);
        List<ArtifactPlan> plans = target.plan(project, scope, found);
        List<Future<Rendered>> renders = new ArrayList<>();
        if (renderer.isPresent() && !found.hasErrors()) {
            for (ArtifactPlan plan : plans) {
                renders.add(workers.submit(() -> render(plan, file)));
            }
        }
        return new Planned(target, found, renders);
    }

    private Rendered render(ArtifactPlan plan, String file)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Diagnostics found = new Diagnostics(file);
        Artifact artifact = RawSplice.patch(renderer.orElseThrow().render(plan), plan.raw().patches(),
                found::report);
        ArtifactCheck.verify(artifact);
        return new Rendered(artifact, found);
    }

    /** The future's value, or the failure it ended with, as it was thrown. */
    private static <T> T await(Future<T> future) throws RenderException, ArtifactCheck.MalformedArtifactException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating", e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            if (failure instanceof RenderException render) {
                throw render;
            }
            if (failure instanceof ArtifactCheck.MalformedArtifactException malformed) {
                throw malformed;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        }
    }
}

/**
 * The book's glossary as data. Each term has a stable id that chapters link to as
 * `[term](glossary:term-id)`, a definition written for this book, advice on the wording to use
 * and to avoid, related terms, and pointers to the chapters and figures that show it at work.
 *
 * Keeping the glossary as data (not prose in a notebook) lets the tests check that every
 * cross-reference resolves, and lets the glossary chapter render the same entries the site
 * links to.
 *
 * @module
 */

/** Where a term (or a misconception's answer) is shown in the book. */
export interface BookPointer {
  /** notebook slug without extension, e.g. `"16-gotchas"` */
  notebook: string;
  /** a figure id shown in that notebook, e.g. `"fig-gotchas-nll-vs-em"` (optional) */
  figure?: string;
  /** what the reader will find there, one short phrase */
  note: string;
}

/** One glossary entry. */
export interface GlossaryTerm {
  /** stable id, lower-case words joined by hyphens; used in `glossary:<id>` links */
  id: string;
  /** the term as written in prose */
  term: string;
  /** other names the literature uses */
  aka?: string[];
  /** definition in the book's own words (Markdown) */
  definition: string;
  /** wording to prefer, and when the term is the right one */
  use: string;
  /** wording or uses to avoid, and why */
  avoid: string;
  /** ids of related glossary terms */
  related: string[];
  /** where the book shows the term at work */
  pointers: BookPointer[];
  /** bibliography keys (book/references/<key>.json) the definition rests on */
  cite: string[];
}

/** Every glossary term, alphabetical by id. */
export const glossary: readonly GlossaryTerm[] = [
  {
    id: "brier-score",
    term: "Brier score",
    definition:
      "For one question, the sum over the options v of (q_v − 1[v is right])², where q_v is the probability " +
      "the model puts on option v; the book averages it over questions (and, for a generated answer, over " +
      "answer tokens, with the vocabulary as the options). It runs from 0 (all probability on the right " +
      "option) to 2 (all on one wrong option). Lower is better; it rewards putting more probability on the " +
      "right answer even when that answer is not yet the model's top choice, so it moves smoothly where a " +
      "right/wrong grade jumps. Some authors divide by the number of options; the book does not.",
    use:
      "Use it beside multiple-choice grade when you want a continuous measure of the same answers; " +
      "say which probabilities enter it (all options, or the correct one only).",
    avoid:
      "Avoid comparing Brier scores across tasks with different numbers of options without saying so: " +
      "the score of a uniform guess depends on the option count.",
    related: ["exact-match", "multiple-choice-grade", "mirage-critique"],
    pointers: [
      {
        notebook: "07-two-metrics-one-pass",
        note: "the Brier score from one forward pass, by hand",
      },
      {
        notebook: "08-schaeffer-rescoring",
        figure: "fig-schaeffer-multiple-choice",
        note: "multiple-choice grade against the Brier score of the same answers",
      },
    ],
    cite: ["schaeffer2023mirage"],
  },
  {
    id: "capability-threshold",
    term: "capability threshold",
    aka: ["emergence point", "elbow"],
    definition:
      "The compute (or parameter count) at which a task's score first rises clearly above its floor. " +
      "In this book's model it is the elbow: the log-compute where exact match p(x)^k reaches a chosen " +
      "level such as ½. It depends on the task, the metric, the chain length k and the prompt, so it is " +
      "a property of a measurement, not of the model alone.",
    use:
      "Say “under exact match with this prompt, the score passes 50 % near 10²³ FLOPs”: name the metric, " +
      "the level and the prompt together with the compute.",
    avoid:
      "Avoid “the model acquires the skill at 10²³ FLOPs”: a different metric or prompt moves the number, " +
      "and a three-point ladder cannot pin it down (chapter 14).",
    related: ["emergent-ability", "exact-match", "chain-of-thought", "scaling-ladder"],
    pointers: [
      {
        notebook: "03-sudden-jump-math",
        figure: "fig-jump-elbows",
        note: "where the elbow sits as k grows",
      },
      {
        notebook: "14-planning",
        figure: "fig-planning-elbow-spread",
        note: "how well three-size ladders locate the elbow",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-scaffold",
        note: "a prompt scaffold moves the elbow",
      },
    ],
    cite: ["wei2022emergent"],
  },
  {
    id: "chain-model",
    term: "chain model",
    definition:
      "The book's model of an all-or-nothing score: an answer of k tokens is right only if every token is, so " +
      "exact match ≈ p^k for per-token accuracy p. Two versions appear. The **sigmoid chain model** (chapters " +
      "2–4) takes p = σ(s·(x − x0)) in log-compute x; the **power-law chain model** (chapter 8, after Schaeffer " +
      "et al.) takes a cross-entropy (N/c)^α falling as a power law in parameters N and p = exp(−(N/c)^α). " +
      "In both, a longer answer mostly shifts the rise: for large k the sigmoid version tends to a Gompertz " +
      "curve exp(−k·e^(−s(x − x0))) that moves by ln k / s, and the power-law version is exactly a Gompertz " +
      "curve in ln N that moves by ln k / |α| without changing shape.",
    use:
      "Use it to predict how a smooth per-token curve looks under exact match, and to see how far a longer " +
      "answer moves the rise.",
    avoid:
      "Avoid reading p^k as exact for real tasks: positions differ in difficulty, errors are correlated " +
      "within an item, and items differ in difficulty (chapter 2).",
    related: ["exact-match", "per-token-accuracy", "capability-threshold", "mirage-critique"],
    pointers: [
      {
        notebook: "02-the-chain",
        figure: "fig-chain-pk",
        note: "p^k against p for five chain lengths",
      },
      { notebook: "03-sudden-jump-math", note: "shift, not steepen: the Gompertz limit" },
      {
        notebook: "08-schaeffer-rescoring",
        note: "the power-law chain model on a simulated ladder",
      },
    ],
    cite: ["schaeffer2023mirage"],
  },
  {
    id: "chain-of-thought",
    term: "chain-of-thought prompting",
    aka: ["CoT"],
    definition:
      "A prompt that shows worked reasoning steps before the answer, so the model writes intermediate " +
      "steps too. It changes the task the model is graded on: more tokens to get right, each of them " +
      "easier. Wei et al. found it helps only for large models, roughly from 10²³ training FLOPs; " +
      "below that it matches or trails a plain prompt.",
    use:
      "Report the prompt with every score, and compare prompts at several scales before saying which is better.",
    avoid:
      "Avoid “CoT moves the emergence point a decade earlier” as a general rule: in the published curves " +
      "it does nothing or harms below about 10²³ FLOPs (chapter 16).",
    related: ["capability-threshold", "in-context-learning", "emergent-ability"],
    pointers: [
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-scaffold",
        note: "more, easier steps: helps above a crossover compute, hurts below it",
      },
    ],
    cite: ["wei2022chain", "wei2022emergent"],
  },
  {
    id: "contamination",
    term: "benchmark contamination",
    aka: ["test-set leakage"],
    definition:
      "Test items (or close copies) present in the training data. A model large enough to memorise them " +
      "scores well on exactly those items, which can look like a sudden capability on one benchmark.",
    use:
      "When one benchmark jumps and its siblings of similar structure do not, check contamination " +
      "before calling it emergence.",
    avoid: "Avoid treating a jump on a single benchmark as evidence of a new general ability.",
    related: ["emergent-ability", "saturation"],
    pointers: [
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-contamination",
        note: "a memorised subset jumps on one benchmark; siblings expose it",
      },
    ],
    cite: [],
  },
  {
    id: "decade-of-compute",
    term: "decade of compute",
    aka: ["order of magnitude of compute"],
    definition:
      "A factor of ten in training compute C: one unit of x = log₁₀ C. From 10²² to 10²³ FLOPs is one decade, " +
      "from 10²² to 10²⁴ two. The book measures the steepness s of a sigmoid, the width of a transition and " +
      "the shift of an elbow in decades, because scaling curves are drawn against log-compute.",
    use:
      "Use it for distances along a log-compute axis: “the 50 % point moves by more than two decades”, “s = 1.5 per decade”.",
    avoid:
      "Avoid mixing it with a factor of two or with parameters: a decade of compute is not a decade of " +
      "parameters when the number of tokens changes too.",
    related: ["scaling-law", "capability-threshold"],
    pointers: [
      {
        notebook: "00-how-this-book-runs",
        note: "the sigmoid's steepness s, per decade of compute",
      },
      { notebook: "03-sudden-jump-math", note: "slopes and transition widths in decades" },
    ],
    cite: [],
  },
  {
    id: "emergence-score",
    term: "emergence score",
    definition:
      "A number that rates how uneven a scaling curve is: sign(argmax y − argmin y)·(max y − min y) divided by " +
      "√(median of (y_i − y_{i−1})²) over neighbouring scales. BIG-bench introduced it as **breakthroughness** " +
      "(Srivastava et al. 2022, Appendix B); Schaeffer et al. (2023, Eq. 1) call it the emergence score. A " +
      "flat-then-jump curve scores high; a steady climb scores low.",
    use: "Use it to compare metrics on the same ladder of models.",
    avoid:
      "Avoid reading a high score as proof of a change in the model: the same models score high under " +
      "exact match and low under a continuous metric.",
    related: ["emergent-ability", "mirage-critique"],
    pointers: [{
      notebook: "08-schaeffer-rescoring",
      figure: "fig-schaeffer-emergence-scores",
      note: "the score of every metric on one simulated ladder",
    }],
    cite: ["srivastava2022bigbench", "schaeffer2023mirage"],
  },
  {
    id: "emergent-ability",
    term: "emergent ability",
    aka: ["emergent capability", "emergent property"],
    definition:
      "Wei et al.'s term for an ability that is absent (near the random baseline) in smaller models and " +
      "present in larger ones, so that extrapolating the smaller models' scores would not have predicted it. " +
      "The definition is about a scaling curve of a chosen metric, not about what happens inside the model.",
    use:
      "Use it for a measured curve: “on task X under exact match, scores stay at chance up to 10²² FLOPs and " +
      "then rise”. It fits explaining why an upgrade unlocked a task, and planning compute with a ladder of sizes.",
    avoid:
      "Avoid it as a claim about mechanism (“the model suddenly understands”), and avoid using it to predict " +
      "the exact size at which a skill will appear or to assume every jump needs a bigger model.",
    related: ["capability-threshold", "mirage-critique", "phase-transition", "scaling-law"],
    pointers: [
      {
        notebook: "09-real-curves",
        figure: "fig-real-wei-scales",
        note: "the compute at which Wei et al. saw each ability appear",
      },
      {
        notebook: "00-how-this-book-runs",
        figure: "fig-starter-p-vs-em",
        note: "a smooth per-token curve and an abrupt exact-match curve from the same model",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "log-likelihood moves while exact match is flat",
      },
    ],
    cite: ["wei2022emergent", "schaeffer2023mirage"],
  },
  {
    id: "exact-match",
    term: "exact match",
    aka: ["EM", "exact string match"],
    definition:
      "All-or-nothing grading: an answer scores 1 only if every token equals the reference, else 0. " +
      "If each of k answer tokens is right with probability p independently, the expected score is p^k, " +
      "which stays near zero while p is well below 1 and then rises steeply.",
    use: "Use it for the final go/no-go on a task whose answer is right or wrong as a whole.",
    avoid:
      "Avoid it as the only curve you track during training: it hides steady progress below the elbow " +
      "and above saturation.",
    related: ["token-edit-distance", "token-nll", "brier-score", "mirage-critique"],
    pointers: [
      {
        notebook: "02-the-chain",
        figure: "fig-chain-pk",
        note: "p^k against p for chains of 1 to 20 tokens",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "what exact match hides below the elbow",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-saturation",
        note: "what exact match hides above 95 %",
      },
    ],
    cite: ["schaeffer2023mirage"],
  },
  {
    id: "grokking",
    term: "grokking",
    definition:
      "Power et al.'s name for a small network that fits its training set early, keeps near-chance " +
      "validation accuracy for a long time, and then generalises abruptly after much more training. " +
      "It is a jump over training steps at a fixed model size, not over model scale, so it is a related " +
      "but different phenomenon from emergence with scale.",
    use:
      "Use it for delayed generalisation over training time, and name the dataset and training setup.",
    avoid: "Avoid it as a synonym for emergence with scale.",
    related: ["emergent-ability", "phase-transition"],
    pointers: [],
    cite: ["power2022grokking"],
  },
  {
    id: "in-context-learning",
    term: "in-context learning",
    aka: ["ICL", "few-shot prompting"],
    definition:
      "Doing a task from instructions or examples placed in the prompt, with no change to the weights. " +
      "Brown et al. showed few-shot performance improving with model size; with a few examples in the " +
      "prompt the same model can score very differently than with none.",
    use:
      "Say how many examples were in the prompt (zero-, one-, few-shot) whenever you report a score.",
    avoid: "Avoid comparing scores measured with different numbers of in-context examples.",
    related: ["chain-of-thought", "emergent-ability"],
    pointers: [],
    cite: ["brown2020language"],
  },
  {
    id: "inverse-scaling",
    term: "inverse scaling",
    definition:
      "A task whose score gets worse as models get larger. The Inverse Scaling Prize collected eleven " +
      "winning tasks (NeQA, quote repetition, redefine math, hindsight neglect among them); Perez et al. " +
      "separately measured sycophancy that grows with size. A common mechanism is a distractor: a " +
      "pattern the bigger model has learned better, which the right answer requires resisting.",
    use: "Say over which range of scale the trend was measured; beyond it the curve may turn up.",
    avoid:
      "Avoid “bigger models are worse at X” without the range: Wei et al. found six of the eleven prize " +
      "tasks U-shaped once larger models were added.",
    related: ["u-shaped-scaling", "scaling-law"],
    pointers: [
      {
        notebook: "15-inverse-scaling",
        figure: "fig-inverse-curves",
        note: "a distractor that strengthens with scale gives inverse and U-shaped curves",
      },
    ],
    cite: ["mckenzie2023inverse", "perez2022discovering", "wei2022ushaped"],
  },
  {
    id: "logits",
    term: "logits",
    aka: ["logit vector", "pre-softmax scores"],
    definition:
      "The unnormalised scores a language model outputs at each position, one per token of the vocabulary. " +
      "The softmax turns them into probabilities, q_v = e^{z_v} / Σ_u e^{z_u}; subtracting the largest score " +
      "first (a stable log-softmax) keeps very large logits from overflowing. Every metric of chapter 7 is " +
      "computed from the logits of one forward pass.",
    use: "Use it for the raw per-token scores before the softmax; say “probabilities” after it.",
    avoid:
      "Avoid reading a logit as a probability, or comparing raw logits across models: only their differences " +
      "within one position matter.",
    related: ["token-nll", "per-token-accuracy", "exact-match"],
    pointers: [
      { notebook: "07-two-metrics-one-pass", note: "every metric from one batch of logits" },
    ],
    cite: [],
  },
  {
    id: "mirage-critique",
    term: "mirage critique",
    aka: ["“emergence is a mirage”", "metric-choice argument"],
    definition:
      "Schaeffer, Miranda and Koyejo's argument that many reported emergent abilities come from the metric: " +
      "a non-linear or discontinuous score (exact match, multiple-choice grade) turns a smooth gain in " +
      "per-token quality into an apparent jump, and a continuous score of the same outputs (token edit " +
      "distance, Brier score) shows steady progress. In a hand-annotated list of claimed emergent abilities on " +
      "BIG-bench, over 92 % are scored by one of two such metrics (their Figure 5C). Wei et al. (2022, " +
      "Section 5.1) had already noted that exact string match can hide compounding improvement and that " +
      "cross-entropy improves before accuracy jumps; Schaeffer et al. made the argument systematic.",
    use:
      "Use it as a test: re-score the same outputs with a continuous metric and see whether the jump survives.",
    avoid:
      "Avoid “emergence is not real”: the critique shows some jumps are metric-made; it does not show that " +
      "none are real.",
    related: ["emergent-ability", "exact-match", "token-edit-distance", "brier-score"],
    pointers: [
      {
        notebook: "00-how-this-book-runs",
        figure: "fig-starter-p-vs-em",
        note: "the same p seen through two metrics",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "a continuous metric keeps moving under a flat exact match",
      },
    ],
    cite: ["schaeffer2023mirage", "wei2022emergent", "wei2022list"],
  },
  {
    id: "multiple-choice-grade",
    term: "multiple-choice grade",
    definition:
      "1 if the option the model scores highest is the right one, else 0. Like exact match it throws " +
      "away how much probability the right option had.",
    use:
      "Report it with its chance level (1/number of options) and, where you can, the Brier score.",
    avoid:
      "Avoid reading “at chance” as “no progress”: the right option's probability may be rising.",
    related: ["brier-score", "exact-match"],
    pointers: [],
    cite: ["schaeffer2023mirage"],
  },
  {
    id: "nats",
    term: "nats",
    aka: ["natural units of information"],
    definition:
      "The unit of a log-probability or loss taken with the natural logarithm: a token predicted with " +
      "probability q costs −ln q nats. Guessing uniformly among 10 digits costs ln 10 ≈ 2.30 nats; a loss in " +
      "bits is the loss in nats divided by ln 2 ≈ 0.693. Language-model losses and the book's NLL are in nats.",
    use:
      "Use it for every loss and negative log-likelihood in the book, and say “per token” when it is an average.",
    avoid: "Avoid comparing a loss in nats with one in bits (or bits per byte) without converting.",
    related: ["token-nll", "scaling-law"],
    pointers: [
      { notebook: "01-loss-vs-capabilities", note: "the loss law, in nats per token" },
      { notebook: "10-model-ladder", note: "the ladder's answer-token NLL, in nats" },
    ],
    cite: [],
  },
  {
    id: "pass-at-k",
    term: "pass@k",
    aka: ["pass@1"],
    definition:
      "For code generation: the chance that at least one of k sampled programs passes a problem's unit tests, " +
      "averaged over problems. Chen et al. estimate it from n ≥ k samples per problem, c of them correct, as " +
      "1 − C(n − c, k)/C(n, k); pass@1 is then the mean of c/n. Because it averages per-problem pass rates, " +
      "it is not a count of successes out of the number of problems.",
    use: "Use it with k, the number of samples n and the sampling temperature stated.",
    avoid:
      "Avoid comparing pass@1 with pass@100, or with a greedy single-sample score, as if they measured the same thing.",
    related: ["exact-match", "wilson-interval"],
    pointers: [
      {
        notebook: "01-loss-vs-capabilities",
        note: "HumanEval's pass@1 in the quoted first-emergence table",
      },
    ],
    cite: ["chen2021evaluating"],
  },
  {
    id: "per-token-accuracy",
    term: "per-token accuracy",
    definition:
      "The fraction p of answer tokens the model gets right, each graded as right when its highest-probability " +
      "token (given the correct prefix) is the target. It is not the probability q the model puts on the " +
      "target: p counts argmax hits, q measures confidence, and −ln p is not the cross-entropy (the mean of " +
      "−ln q). The book models p as a logistic curve in log-compute, p(x) = σ((x − x0)·s), with " +
      "x = log10 FLOPs, midpoint x0 and steepness s per decade.",
    use:
      "Use it as the smooth quantity underneath exact match; say which positions it averages over.",
    avoid: "Avoid assuming all answer positions are equally hard (carry digits are harder).",
    related: ["exact-match", "token-nll"],
    pointers: [
      {
        notebook: "04-eight-scales",
        figure: "fig-scales-metrics",
        note: "per-token accuracy, exact match and log-likelihood of 4-digit addition",
      },
      {
        notebook: "00-how-this-book-runs",
        figure: "fig-starter-p-vs-em",
        note: "the dashed per-token curve",
      },
    ],
    cite: [],
  },
  {
    id: "phase-transition",
    term: "phase transition",
    definition:
      "In physics, a sudden change of state as a control variable crosses a critical value (water boiling " +
      "at 100 °C). Applied to language models it is an analogy: a graded quantity changes smoothly while a " +
      "thresholded observable flips. Whether anything inside the model changes abruptly is a separate question.",
    use:
      "Use it only as an analogy for a thresholded observable, and say what is smooth underneath " +
      "(per-token log-likelihood, per-token accuracy).",
    avoid:
      "Avoid it as a literal description of the model; the boiling-water picture breaks because nothing " +
      "in p^k is discontinuous.",
    related: ["emergent-ability", "mirage-critique", "grokking"],
    pointers: [
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "smooth log-likelihood under an abrupt exact match",
      },
    ],
    cite: [],
  },
  {
    id: "saturation",
    term: "benchmark saturation",
    definition:
      "A benchmark whose scores have reached its ceiling (say 95 %+ exact match): the score stops moving while " +
      "the model keeps improving, so the benchmark no longer separates models.",
    use:
      "Retire or replace a saturated benchmark with a harder one; keep tracking its log-likelihood.",
    avoid: "Avoid “solved” for a saturated benchmark, and avoid ranking models on it.",
    related: ["exact-match", "token-nll"],
    pointers: [
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-saturation",
        note: "exact match flat at the top while log-likelihood keeps improving",
      },
    ],
    cite: [],
  },
  {
    id: "scaling-ladder",
    term: "scaling ladder",
    definition:
      "A set of models of increasing size trained the same way, used to fit how a score changes with " +
      "compute. Its value for locating an elbow depends on where its rungs sit relative to the elbow and " +
      "on which signal you fit.",
    use: "Say the sizes (or compute) of every rung and which metric was fitted.",
    avoid:
      "Avoid trusting an elbow predicted from rungs that all sit on the flat part of an exact-match curve.",
    related: ["capability-threshold", "scaling-law"],
    pointers: [
      {
        notebook: "14-planning",
        figure: "fig-planning-elbow-spread",
        note: "which ladders and which signals locate the elbow",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-one-ladder",
        note: "extrapolating from one low ladder",
      },
    ],
    cite: [],
  },
  {
    id: "scaling-law",
    term: "scaling law",
    definition:
      "An empirical formula for how pre-training loss falls with parameters N, tokens D or compute C, " +
      "typically a power law plus an irreducible floor, e.g. Hoffmann et al.'s L(N, D) = E + A/N^α + B/D^β. " +
      "It predicts loss well over many decades; it says nothing directly about the score on a given task.",
    use: "Use it to plan model size and tokens for a compute budget, and to predict loss.",
    avoid:
      "Avoid treating it as a forecast of task scores; they are a separate, non-linear function of loss.",
    related: ["emergent-ability", "token-nll", "scaling-ladder"],
    pointers: [
      {
        notebook: "01-loss-vs-capabilities",
        figure: "fig-loss-frontier",
        note: "the Hoffmann et al. loss law along the compute-optimal frontier",
      },
    ],
    cite: ["kaplan2020scaling", "hoffmann2022training"],
  },
  {
    id: "supervised-fine-tuning",
    term: "supervised fine-tuning",
    aka: ["SFT", "instruction tuning (when the examples are instructions)"],
    definition:
      "Further training of a pretrained model on example inputs paired with the desired outputs, with the " +
      "same next-token loss as pretraining but on a small curated set. Instruction tuning is supervised " +
      "fine-tuning on tasks phrased as instructions; FLAN is an instruction-tuned model.",
    use:
      "Use it to say that a score comes from a fine-tuned model, not from the pretrained base model.",
    avoid:
      "Avoid placing a fine-tuned model on the same compute axis as base models without saying so: the " +
      "fine-tuning changes the score at almost no extra compute.",
    related: ["in-context-learning", "emergent-ability"],
    pointers: [
      {
        notebook: "01-loss-vs-capabilities",
        note: "FLAN, instruction-tuned, against a zero-shot base model",
      },
    ],
    cite: [],
  },
  {
    id: "token-edit-distance",
    term: "token edit distance",
    definition:
      "The minimum number of token insertions, deletions and substitutions that turn the model's answer " +
      "into the reference. Under the chain model with independent errors its expected value is about " +
      "k·(1 − p): linear in the per-token error, so it improves steadily with scale.",
    use:
      "Use it to re-score the outputs behind an exact-match curve and see progress below the elbow.",
    avoid:
      "Avoid comparing it across tasks with different answer lengths without normalising by k.",
    related: ["exact-match", "mirage-critique"],
    pointers: [],
    cite: ["schaeffer2023mirage"],
  },
  {
    id: "token-nll",
    term: "token negative log-likelihood",
    aka: ["token NLL", "per-token cross-entropy"],
    definition:
      "The average of −ln q over the answer tokens, where q is the probability the model puts on the correct " +
      "token: the per-token cross-entropy on the answer span. It is continuous in the model's probabilities " +
      "and moves on every checkpoint, long before exact match leaves zero. It is not −ln p, with p the " +
      "per-token accuracy: on chapter 10's trained ladder the width-32 model has −ln p = 0.129 but a measured " +
      "NLL of 0.331, because right answers given with modest confidence still cost nats.",
    use:
      "Track it for every benchmark at every checkpoint, on the answer span only, next to the headline score.",
    avoid:
      "Avoid scoring prompt tokens too: they dilute the number toward the easy part of the sequence.",
    related: ["per-token-accuracy", "exact-match", "scaling-law", "saturation"],
    pointers: [
      {
        notebook: "07-two-metrics-one-pass",
        figure: "fig-metrics-prompt-dilution",
        note: "why only the answer span is scored",
      },
      {
        notebook: "16-gotchas",
        figure: "fig-gotchas-nll-vs-em",
        note: "token NLL falls while exact match is flat",
      },
      {
        notebook: "14-planning",
        figure: "fig-planning-elbow-spread",
        note: "fitting the ladder from NLL instead of exact match",
      },
    ],
    cite: [],
  },
  {
    id: "u-shaped-scaling",
    term: "U-shaped scaling",
    definition:
      "A score that first falls with scale and then recovers. Wei, Kim, Tay and Le re-ran the Inverse " +
      "Scaling Prize tasks on PaLM up to 540B parameters (about five times the compute of the prize's " +
      "models): six of eleven tasks turned U-shaped, four stayed inverse, one scaled positively. Their " +
      "account: medium models learn a distractor task; only large models learn to set it aside.",
    use: "Use it when the recovery is measured, and give the scale of the bottom of the U.",
    avoid: "Avoid predicting a recovery for a task that has only been seen going down.",
    related: ["inverse-scaling"],
    pointers: [
      {
        notebook: "15-inverse-scaling",
        figure: "fig-inverse-curves",
        note: "the same mechanism gives inverse or U-shaped curves",
      },
    ],
    cite: ["wei2022ushaped"],
  },
  {
    id: "wilson-interval",
    term: "Wilson interval",
    aka: ["Wilson score interval"],
    definition:
      "A confidence interval for a proportion measured as k successes in n trials, centred at " +
      "(k/n + z²/2n)/(1 + z²/n) with z = 1.96 for 95 %. Unlike the textbook p̂ ± 1.96·√(p̂(1 − p̂)/n), it does " +
      "not collapse to a point at 0 or n successes: 0 of n has the 95 % interval [0, z²/(n + z²)], about " +
      "[0, 3.84/(n + 3.84)]. The book writes such a result as “0/n (95 % upper bound u)”.",
    use:
      "Use it for every accuracy measured on n questions, and quote the upper bound whenever k = 0.",
    avoid:
      "Avoid writing 0 of n as zero, or as if one in n were its bound: the data allow any rate up to the upper bound, which " +
      "is almost four times 1/n for large n (the one-sided “rule of three”, 3/n, is a different bound).",
    related: ["exact-match", "per-token-accuracy", "saturation"],
    pointers: [
      {
        notebook: "06-monte-carlo",
        note: "intervals on a simulated ladder, and what 0 of n allows",
      },
      { notebook: "08-schaeffer-rescoring", note: "100 questions against ten million" },
    ],
    cite: ["wilson1927probable"],
  },
];

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Looks up one glossary term by id.
 *
 * @param id the term id, e.g. `"exact-match"`
 * @param terms the glossary to search (defaults to the book's)
 * @returns the term
 * @throws {Error} if no term has this id; the message lists the nearest known ids
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm } from "./terms.ts";
 * assert.equal(glossaryTerm("exact-match").term, "exact match");
 * assert.throws(() => glossaryTerm("exact-matches"), /unknown glossary id/);
 * ```
 */
export function glossaryTerm(id: string, terms: readonly GlossaryTerm[] = glossary): GlossaryTerm {
  const found = terms.find((t) => t.id === id);
  if (!found) {
    const prefix = String(id).slice(0, 3);
    const near = terms.filter((t) => t.id.startsWith(prefix)).map((t) => t.id);
    throw new Error(
      `unknown glossary id ${JSON.stringify(id)}${
        near.length ? `; did you mean ${near.join(", ")}?` : ""
      }`,
    );
  }
  return found;
}

/**
 * Checks a glossary for internal consistency: ids well-formed and unique, required text
 * present, related ids and pointers well-formed and resolving.
 *
 * @param terms the glossary to check
 * @returns the list of problems found (empty when consistent)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossary, glossaryProblems } from "./terms.ts";
 * assert.deepEqual(glossaryProblems(glossary), []);
 * ```
 */
export function glossaryProblems(terms: readonly GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const t of terms) {
    if (!ID_PATTERN.test(t.id)) problems.push(`term id ${JSON.stringify(t.id)} is not kebab-case`);
    if (ids.has(t.id)) problems.push(`term id ${JSON.stringify(t.id)} appears twice`);
    ids.add(t.id);
    for (const field of ["term", "definition", "use", "avoid"] as const) {
      if (typeof t[field] !== "string" || t[field].trim() === "") {
        problems.push(`term ${t.id}: ${field} is empty`);
      }
    }
    for (const p of t.pointers) {
      if (!/^\d\d-[a-z0-9-]+$/.test(p.notebook)) {
        problems.push(
          `term ${t.id}: pointer notebook ${JSON.stringify(p.notebook)} is not NN-slug`,
        );
      }
      if (p.figure !== undefined && !/^fig-[a-z0-9-]+$/.test(p.figure)) {
        problems.push(`term ${t.id}: pointer figure ${JSON.stringify(p.figure)} is not fig-…`);
      }
    }
  }
  for (const t of terms) {
    for (const r of t.related) {
      if (!ids.has(r)) problems.push(`term ${t.id}: related id ${JSON.stringify(r)} is unknown`);
      if (r === t.id) problems.push(`term ${t.id}: relates to itself`);
    }
  }
  return problems;
}

/**
 * Finds every glossary link `[text](glossary:id)` in a Markdown string, outside code spans
 * and fenced code blocks.
 *
 * @param markdown Markdown text, e.g. a notebook cell
 * @returns the linked ids in order of appearance (with repeats)
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryLinks } from "./terms.ts";
 * assert.deepEqual(glossaryLinks("an [elbow](glossary:capability-threshold) and [EM](glossary:exact-match)"),
 *   ["capability-threshold", "exact-match"]);
 * assert.deepEqual(glossaryLinks("write `[term](glossary:term-id)` to link"), []);
 * ```
 */
export function glossaryLinks(markdown: string): string[] {
  if (typeof markdown !== "string") {
    throw new TypeError(`markdown must be a string, got ${typeof markdown}`);
  }
  // code (fenced blocks and inline spans) is shown literally, so links inside it do not count
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(glossary:([^)\s]*)\)/g)].map((m) => m[1]);
}

/**
 * Lists the glossary links in a Markdown text whose id is not in the glossary.
 *
 * @param markdown Markdown text
 * @param terms the glossary (defaults to the book's)
 * @returns the unknown ids, without repeats, in order of first appearance
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { unknownGlossaryLinks } from "./terms.ts";
 * assert.deepEqual(unknownGlossaryLinks("[x](glossary:exact-match) [y](glossary:nope)"), ["nope"]);
 * ```
 */
export function unknownGlossaryLinks(
  markdown: string,
  terms: readonly GlossaryTerm[] = glossary,
): string[] {
  const ids = new Set(terms.map((t) => t.id));
  return [...new Set(glossaryLinks(markdown).filter((id) => !ids.has(id)))];
}

/**
 * Renders a glossary entry as Markdown for the glossary chapter: an HTML anchor whose id is the
 * term id (the target of `glossary:` links in the site), a heading, the definition, use/avoid advice, related terms as glossary links, pointers as chapter
 * references, and citations as `[@key]`.
 *
 * @param term the entry
 * @returns Markdown text
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { glossaryTerm, termMarkdown } from "./terms.ts";
 * const md = termMarkdown(glossaryTerm("grokking"));
 * assert.ok(md.startsWith('<a id="grokking"></a>\n\n### grokking'));
 * assert.ok(md.includes("[@power2022grokking]"));
 * ```
 */
export function termMarkdown(term: GlossaryTerm): string {
  const lines = [`<a id="${term.id}"></a>`, "", `### ${term.term}`, ""];
  if (term.aka?.length) lines.push(`*Also:* ${term.aka.join("; ")}`, "");
  lines.push(
    term.definition + (term.cite.length ? ` [${term.cite.map((c) => `@${c}`).join("; ")}]` : ""),
  );
  lines.push("", `**Use:** ${term.use}`, "", `**Avoid:** ${term.avoid}`);
  if (term.related.length) {
    lines.push(
      "",
      `**Related:** ${term.related.map((r) => `[${termName(r)}](glossary:${r})`).join(", ")}`,
    );
  }
  if (term.pointers.length) {
    lines.push("", `**Seen in:** ${term.pointers.map(pointerMarkdown).join("; ")}`);
  }
  return lines.join("\n");
}

/**
 * The display name of a glossary id, or the id itself when the book's glossary has no such
 * term (so rendering never throws; {@link glossaryProblems} reports unknown ids).
 *
 * @param id a term id
 * @returns the term as written in prose
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { termName } from "./terms.ts";
 * assert.equal(termName("token-nll"), "token negative log-likelihood");
 * assert.equal(termName("nope"), "nope");
 * ```
 */
export function termName(id: string): string {
  return glossary.find((t) => t.id === id)?.term ?? id;
}

/**
 * Formats a book pointer as Markdown: chapter number, a figure reference `[@fig-…]` (which the
 * site turns into a numbered link to the figure) if any, and the note.
 *
 * @param p the pointer
 * @returns e.g. `chapter 16, [@fig-gotchas-saturation] (what exact match hides)`
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pointerMarkdown } from "./terms.ts";
 * assert.equal(pointerMarkdown({ notebook: "16-gotchas", figure: "fig-x", note: "n" }),
 *   "chapter 16, [@fig-x] (n)");
 * ```
 */
export function pointerMarkdown(p: BookPointer): string {
  const chapter = String(Number(p.notebook.slice(0, 2)));
  const fig = p.figure ? `, [@${p.figure}]` : "";
  return `chapter ${chapter}${fig} (${p.note})`;
}

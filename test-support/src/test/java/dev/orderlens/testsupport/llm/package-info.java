/**
 * Core's LLM-backed answering components ({@code dev.orderlens.core.llm}) run their port contracts here, as core's
 * in-memory implementations do next door: test-support depends on core, so core's own tests cannot extend the
 * contracts without a cycle in the build. Each component talks to a {@link PromptAnsweringModel} that writes what a
 * model would for the prompt it is given.
 */
package dev.orderlens.testsupport.llm;

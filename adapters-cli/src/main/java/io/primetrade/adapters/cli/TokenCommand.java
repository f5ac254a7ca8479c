package io.primetrade.adapters.cli;

import picocli.CommandLine.Command;

/** {@code token}: access tokens for scripts and support. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    versionProvider = AdminCli.Version.class,
    description = "Access tokens for scripts and support.")
final class TokenCommand {}

using System.Runtime.InteropServices;

namespace MalAnalys.Cli;

/// <summary>
/// SIGINT (Ctrl-C) and SIGTERM (<c>kill</c>, <c>timeout</c>, <c>docker stop</c>, systemd) as a cancellation: the first
/// signal cancels <see cref="Token"/>, which the running command is given, and completes <see cref="Stopped"/>; a
/// further signal completes <see cref="StopNow"/>. The handler only sets flags and completes tasks, so no number of
/// signals, at any moment, can make it throw.
/// </summary>
internal sealed class SignalStop : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stopNow = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PosixSignalRegistration[] _registrations;
    // 0 until the first signal, then that signal (PosixSignal values are not 0): claimed in one step, so the exit code
    // is known before anything waits on the stop.
    private int _first;

    public SignalStop()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>Completes on the first signal.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Completes on the second signal: the user does not want to wait.</summary>
    public Task StopNow => _stopNow.Task;

    /// <summary>The first signal's name, SIGINT or SIGTERM.</summary>
    public string SignalName => First == PosixSignal.SIGINT ? "SIGINT" : "SIGTERM";

    /// <summary>The shell's exit code for a process ended by the first signal: 128 + its number, 130 for SIGINT and 143 for SIGTERM.</summary>
    public int ExitCode => First == PosixSignal.SIGINT ? 130 : 143;

    private PosixSignal First => (PosixSignal)Volatile.Read(ref _first);

    private void OnSignal(PosixSignalContext context)
    {
        // The process is not ended by the runtime: the command stops, and the exit code is returned from Main.
        context.Cancel = true;
        if (Interlocked.CompareExchange(ref _first, (int)context.Signal, 0) != 0)
        {
            _stopNow.TrySetResult();
            return;
        }

        _stopped.TrySetResult();
        try
        {
            // Cancellation callbacks run on a pool thread, not on the signal's.
            _ = _cancel.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // The command has already ended.
        }
    }

    public void Dispose()
    {
        if (Volatile.Read(ref _first) != 0)
        {
            // Stopped by a signal, the process is about to end with that signal's code: the handlers stay, so that a
            // further signal in the meantime cannot end it with another one (the system's default action).
            return;
        }

        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }
}

namespace AfterSalesBot.Bench.Options;

public static class Usage
{
    public const string Text = """
        Usage: dotnet run -c Release --project bench/AfterSalesBot.Bench -- [flags]

          --conversations N   concurrent conversations in the load phases (default 100)
          --turns N           maximum turns per load phase (default 20000)
          --duration S        maximum seconds a phase issues turns (default 20)
          --rate R            offered turns/s of the latency phases, open-loop; 0 = closed-loop (default 1000)
          --open N            conversations opened and held for the memory phase (default 10000)
          --open-duration S   maximum seconds the memory phase spends opening them (default 180)
          --timeout S         seconds a turn may take, post to reply visible (default 5)
          --warm-up S         closed-loop warm-up of each path before its measured phases, then 2 s idle (default 30; 0 = none)
          --transport T       websocket (default) or polling (GET activities every 50 ms)
          --server PATH       AfterSalesBot.Bot.dll to start (default: src/Bot/bin/Release/net10.0/)
          --url URL           target an already-running server instead (needs --secret; --pid for memory)
          --secret S          Direct Line secret of the --url server
          --pid P             process id of the --url server, to read its memory
          --turns-per-conversation N
                              long-conversation run instead of the normal one: after the warm-up, fresh conversations on
                              each path reach N turns; host CPU, KB allocated and latency per turn by band of turn number
          --long-conversations K
                              conversations per path in the long-conversation run (default 20)
          --json FILE         also write the numbers as JSON
          --quick             smoke run for CI: 10 conversations, 300 turns, 3 s per phase
          --help              this text

        Exit code: 0 ok, 1 more than 1% of turns failed or the run could not complete, 2 bad flags.
        """;
}

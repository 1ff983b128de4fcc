# Shared by the benchmarks (sourced, not run).

# A loopback port nobody listens on (a refused connection means free).
free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

now_ms() { date +%s%3N; }

# CPU seconds per thread name of a process (numbered threads of a pool summed), as "name seconds" lines.
thread_cpu() {
  local hz; hz=$(getconf CLK_TCK)
  for task in /proc/"$1"/task/*; do
    echo "$(tr ' ' '_' <"$task/comm" 2>/dev/null) $(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null)"
  done | awk -v hz="$hz" 'NF == 2 { sub(/-[0-9]+$/, "", $1); t[$1] += $2 } END { for (n in t) printf "%s %.2f\n", n, t[n] / hz }'
}

# CPU seconds of the benchmark's smtp-sink (one process), and of this shell's finished children.
sink_cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$SINK_PID/stat"; }
children_cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($16 + $17) / hz }' "/proc/$$/stat"; }

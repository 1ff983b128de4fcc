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

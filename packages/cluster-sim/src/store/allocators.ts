/**
 * The Service allocators of the API server: cluster IPs from 10.96.0.0/16 and node ports from
 * 30000-32767, released when the Service goes.
 */
import type { KObject } from '../store-api.js';
import type { Storage } from './storage.js';

export class ServiceAllocators {
  private nextServiceIP = 10;
  private readonly usedNodePorts = new Set<number>();

  constructor(private readonly storage: Storage) {}

  clusterIP(): string {
    for (;;) {
      const n = this.nextServiceIP++;
      const ip = `10.96.${Math.floor(n / 250) % 256}.${(n % 250) + 2}`;
      const taken = this.storage.select('', 'services').some((s) => s.spec?.clusterIP === ip);
      if (!taken) return ip;
    }
  }

  nodePort(): number {
    for (let port = 30000 + Math.floor(Math.random() * 2767); ; port = port >= 32767 ? 30000 : port + 1) {
      if (!this.usedNodePorts.has(port)) {
        this.usedNodePorts.add(port);
        return port;
      }
    }
  }

  /** A Service is gone: its node ports are free again. */
  release(service: KObject): void {
    for (const p of service.spec?.ports ?? []) if (p.nodePort) this.usedNodePorts.delete(p.nodePort);
  }
}

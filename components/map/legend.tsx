import { pointColors, roleFills, countryRoleLabels, waveColors } from "@/lib/map/colors";
import { waveLabels } from "@/lib/labels";
import { lowerFirst } from "@/lib/format";

/** The map's legend: country shading, point kinds and sizes. Used by the WebGL map and the SVG fallback alike. */
export function MapLegend() {
  return (
    <div className="map-legend" aria-label="Map legend" role="group">
      <ul>
        {Object.entries(countryRoleLabels).map(([role, label]) => (
          <li key={role}>
            <span className="swatch" style={{ background: roleFills[role] }} aria-hidden="true" /> {label}
          </li>
        ))}
      </ul>
      <ul>
        {Object.entries(waveColors).map(([wave, color]) => (
          <li key={wave}>
            <span className="dot" style={{ background: color }} aria-hidden="true" /> AI Factory,{" "}
            {lowerFirst(waveLabels[wave] ?? wave)}
          </li>
        ))}
        <li>
          <span className="dot diamond" style={{ background: pointColors.antenna }} aria-hidden="true" /> AI Factory Antenna
        </li>
        <li>
          <span className="dot" style={{ background: pointColors.system }} aria-hidden="true" /> Supercomputer, sized by
          accelerators
        </li>
        <li>
          <span className="dot hollow" style={{ borderColor: pointColors.system }} aria-hidden="true" /> Supercomputer,
          accelerator count not known
        </li>
        <li>
          <span className="line" style={{ borderColor: pointColors.link }} aria-hidden="true" /> Antenna linked to an AI Factory
        </li>
      </ul>
    </div>
  );
}

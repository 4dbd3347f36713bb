// Package eventpacket defines BTTC 2.0's Event Packets (white paper §5.3):
// every cross-chain event — fungible and non-fungible token transfers,
// contract storage state, DAO governance decisions, opaque application data
// — as one structured, canonically encoded packet; batches of packets
// committed by a domain-separated Merkle root; packet checkpoints signed as
// EIP-712 typed data for one destination chain and contract; and the single
// check a destination runs before acting on a packet (VerifyDelivery).
//
// The format is specified here precisely enough for a Solidity contract or
// another language to produce the same bytes; testdata/packets.json holds
// vectors made with go-ethereum's abi and EIP-712 code.
//
// # Packet encoding (version 1)
//
// The canonical encoding is the Solidity ABI encoding abi.encode of this
// tuple, so a contract recomputes it with one abi.encode:
//
//	offset  word  field              ABI type   Go type
//	     0     0  version            uint8      uint8 (= 1)
//	    32     1  kind               uint8      Kind (1..5)
//	    64     2  sourceChainId      uint256    uint64
//	    96     3  emitter            address    common.Address
//	   128     4  sequence           uint64     uint64
//	   160     5  sourceBlockNumber  uint64     uint64
//	   192     6  sourceBlockHash    bytes32    common.Hash
//	   224     7  txHash             bytes32    common.Hash
//	   256     8  logIndex           uint32     uint32
//	   288     9  timestamp          uint64     uint64
//	   320    10  destChainId        uint256    uint64
//	   352    11  receiver           address    common.Address
//	   384    12  payload offset     (= 416)
//	   416    13  payload length     n
//	   448        payload            bytes      n bytes, zero-padded to 32
//
// The payload is itself abi.encode of the kind's tuple:
//
//	1 ft-transfer     (address token, address from, address to, uint256 amount)
//	2 nft-transfer    (address token, address from, address to, uint256[] ids)   ids strictly ascending, 1..256
//	3 contract-state  (address contract, bytes32 key, bytes32 value)
//	4 governance      (uint256 proposalId, uint8 action, bytes32 paramsHash)     action != 0
//	5 generic         (bytes data)                                               1..MaxGenericData bytes
//
// Decode accepts exactly what Encode writes: fixed offsets, lengths that
// match the bytes, zero padding everywhere, nothing after; then Validate.
//
// # Identity and hashing
//
//	ID        = keccak256(abi.encode(keccak256("bttc-relay.PacketID(uint256 sourceChainId,address emitter,uint64 sequence)"),
//	                                 sourceChainId, emitter, sequence))
//	Hash      = keccak256(encoding)
//	LeafHash  = keccak256(0x00 ‖ Hash)
//	node      = keccak256(0x01 ‖ left ‖ right)
//
// The ID is the replay key: it depends only on who emitted the event on
// which chain and the emitter's counter, so the same event observed twice
// (even from another block after a reorg) has one ID, and two events never
// share one. The 0x00/0x01 tags keep leaves and interior nodes apart, so no
// interior node can be presented as a packet (merkle.NewTaggedTree). A
// batch's tree pads to a power of two with zero leaves; its checkpoint
// carries the packet count, which fixes every proof's depth.
//
// # PacketCheckpoint signatures (EIP-712)
//
//	EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	PacketCheckpoint(uint8 version,uint256 sourceChainId,uint64 number,uint64 startHeight,
//	                 uint64 endHeight,bytes32 packetRoot,uint64 packetCount,bytes32 stateRoot,
//	                 bytes32 validatorSetHash)
//	digest = keccak256(0x19 0x01 ‖ domainSeparator ‖ hashStruct(checkpoint))
//
// The domain's chainId is the destination chain and verifyingContract the
// inbox, so a signature is valid for one destination deployment only.
// validatorSetHash is sigagg.ValidatorSet.Hash of the signing set.
// Signatures are sigagg signatures over the digest; quorum by sigagg.Policy.
//
// # Choices and why
//
//   - ABI encoding rather than RLP or a custom format: a Solidity inbox
//     decodes it with abi.decode and hashes it with keccak256(abi.encode(...)).
//   - Chain ids are uint256 on the wire (as in EIP-155 and EIP-712) and
//     uint64 here; Decode rejects larger values.
//   - Amounts and ids are uint256; JSON writes them (and every 64-bit
//     number) as decimal strings, bytes and addresses as hex.
//   - Native BTTC v1 events travel as packets too: FromStateSynced (a
//     deposit, sequence = state id) and FromWithdraw (a burn, sequence =
//     blockNumber<<20 | logIndex).
//
// # Security
//
// VerifyDelivery checks structure, chains, height range, the validator set
// named by the checkpoint, inclusion and signatures; it does not remember
// anything. Delivering a packet twice is prevented by the caller's
// ReplayGuard, keyed by ID (MemoryGuard is the in-memory one).
package eventpacket

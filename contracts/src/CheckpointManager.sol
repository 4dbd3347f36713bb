// SPDX-License-Identifier: LGPL-3.0-or-later
pragma solidity 0.8.37;

/// @title CheckpointManager
/// @notice Root-chain side of BTTC checkpoints, written from the SDK's
/// FORMATS.md §4: submitCheckpoint(bytes data, uint256[3][] sigs) with the
/// exact StakeManager signature loop (one validator, one vote; signers
/// sorted ascending; a repeated signer skipped; a lower signer stops the
/// loop; a non-validator, a validator with zero stake or a jailed one not
/// counted; high-s or a bad v counts as address 0; a failed ecrecover
/// reverts), the StakeManager's fixed-size memory array of unsigned
/// validators (signer list + staker count entries; an append past its end
/// reverts, as BTTC's Solidity 0.5 code hits an invalid opcode), header
/// block ids stepping by 10000, contiguous ranges and the child chain id
/// check.
contract CheckpointManager {
    struct HeaderBlock {
        bytes32 root;
        uint256 start;
        uint256 end;
        uint256 createdAt;
        address proposer;
    }

    uint256 public constant CHECKPOINT_ID_INTERVAL = 10000;
    // secp256k1n / 2
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// One slot per validator: its stake, membership, jailed status and
    /// position in the sorted signer list.
    struct ValidatorState {
        uint96 stake;
        bool member;
        bool jailed;
        uint32 position;
    }

    address public owner;
    uint256 public immutable childChainId;
    /// The StakeManager's signers array: every validator, jailed ones
    /// included, sorted ascending.
    address[] private validatorList;
    mapping(address => ValidatorState) public validatorState;
    /// Validators that are not jailed (the StakeManager's stakerCount).
    uint256 public stakerCount;
    mapping(uint256 => HeaderBlock) public headerBlocks;
    uint256 public currentHeaderBlock;

    event NewHeaderBlock(
        address indexed proposer,
        uint256 indexed headerBlockId,
        uint256 indexed reward,
        uint256 start,
        uint256 end,
        bytes32 root
    );

    constructor(uint256 _childChainId, address[] memory _validators) {
        owner = msg.sender;
        childChainId = _childChainId;
        _setValidators(_validators);
    }

    function setValidators(address[] calldata _validators) external {
        require(msg.sender == owner, "only owner");
        _setValidators(_validators);
    }

    /// @notice Sets a validator's stake (zero: present but never counted)
    /// and jailed status (jailed: in the signer list, not a staker).
    function setValidatorState(address validator, uint96 stake, bool jailed) external {
        require(msg.sender == owner, "only owner");
        ValidatorState storage v = validatorState[validator];
        require(v.member, "not a validator");
        if (v.jailed != jailed) {
            stakerCount = jailed ? stakerCount - 1 : stakerCount + 1;
            v.jailed = jailed;
        }
        v.stake = stake;
    }

    function _setValidators(address[] memory _validators) private {
        for (uint256 i = 0; i < validatorList.length; i++) {
            delete validatorState[validatorList[i]];
        }
        delete validatorList;
        for (uint256 i = 0; i < _validators.length; i++) {
            address a = _validators[i];
            require(a != address(0) && !validatorState[a].member, "bad validator");
            validatorState[a] = ValidatorState({stake: 1, member: true, jailed: false, position: 0});
            // Insert in order, as StakeManager._insertSigner does.
            validatorList.push(a);
            uint256 j = validatorList.length - 1;
            while (j > 0 && validatorList[j - 1] > a) {
                validatorList[j] = validatorList[j - 1];
                j--;
            }
            validatorList[j] = a;
        }
        for (uint256 i = 0; i < validatorList.length; i++) {
            validatorState[validatorList[i]].position = uint32(i);
        }
        stakerCount = _validators.length;
    }

    function isValidator(address a) external view returns (bool) {
        return validatorState[a].member;
    }

    function validators() external view returns (address[] memory) {
        return validatorList;
    }

    function submitCheckpoint(bytes calldata data, uint256[3][] calldata sigs) external {
        require(data.length == 224, "bad data length");
        (address proposer, uint256 start, uint256 end, bytes32 rootHash,,uint256 borChainId,) =
            abi.decode(data, (address, uint256, uint256, bytes32, bytes32, uint256, uint256));
        require(borChainId == childChainId, "Invalid bor chain id");
        uint256 expectedStart = currentHeaderBlock == 0 ? 0 : headerBlocks[currentHeaderBlock].end + 1;
        require(start == expectedStart, "Incorrect start");
        require(start <= end, "Invalid range");

        uint256 threshold = stakerCount * 2 / 3 + 1;
        require(sigs.length >= threshold, "Not enough signatures");
        bytes32 voteHash = keccak256(abi.encodePacked(bytes1(0x01), data));
        require(checkSignatures(voteHash, sigs) >= threshold, "2/3+1 non-majority!");

        uint256 id = currentHeaderBlock + CHECKPOINT_ID_INTERVAL;
        headerBlocks[id] = HeaderBlock(rootHash, start, end, block.timestamp, proposer);
        currentHeaderBlock = id;
        emit NewHeaderBlock(proposer, id, 0, start, end, rootHash);
    }

    /// @notice The StakeManager loop; returns the counted validators. It
    /// keeps the StakeManager's count of validators that did not sign,
    /// bounded like the StakeManager's memory array (signer list + staker
    /// count entries): a counted signer adds the validators the walk skips
    /// over to reach it (to the end of the list if the walk is already
    /// past it), a jailed signer's signature adds one and moves the walk
    /// on, and once the quorum is met the rest of the list is added. Going
    /// past the bound reverts, where BTTC's StakeManager writes past its
    /// array. The walk is computed from each validator's stored position,
    /// so no list entry is read.
    function checkSignatures(bytes32 voteHash, uint256[3][] calldata sigs) public view returns (uint256 count) {
        uint256 listLength = validatorList.length;
        uint256 capacity = listLength + stakerCount;
        uint256 used = 0;
        uint256 walk = 0;
        address previous = address(0);
        for (uint256 i = 0; i < sigs.length; i++) {
            uint8 v = uint8(sigs[i][2]);
            if (v < 27) {
                v += 27;
            }
            address signer = address(0);
            if ((v == 27 || v == 28) && sigs[i][1] <= HALF_N) {
                signer = ecrecover(voteHash, v, bytes32(sigs[i][0]), bytes32(sigs[i][1]));
                require(signer != address(0), "Invalid signature");
            }
            if (signer == previous) {
                continue;
            }
            if (signer < previous) {
                break;
            }
            ValidatorState memory st = validatorState[signer];
            if (st.member && !st.jailed && st.stake > 0) {
                count++;
                previous = signer;
                if (st.position >= walk) {
                    used += st.position - walk;
                    walk = st.position + 1;
                } else {
                    if (walk < listLength) {
                        used += listLength - walk;
                        walk = listLength;
                    }
                    walk++;
                }
            } else if (st.member && st.jailed) {
                used++;
                walk++;
            }
            require(used <= capacity, "unsigned-validator array out of bounds");
        }
        if (count >= stakerCount * 2 / 3 + 1 && walk < listLength) {
            used += listLength - walk;
            require(used <= capacity, "unsigned-validator array out of bounds");
        }
    }
}

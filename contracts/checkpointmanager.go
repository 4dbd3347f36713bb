// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// CheckpointManagerMetaData contains all meta data concerning the CheckpointManager contract.
var CheckpointManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_childChainId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"headerBlockId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"NewHeaderBlock\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_ID_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"voteHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"checkSignatures\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"childChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentHeaderBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"headerBlocks\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"createdAt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"}],\"name\":\"setValidatorState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"name\":\"setValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"validatorState\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"bool\",\"name\":\"member\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"position\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052346103f45761157280380380610019816103f8565b9283398101906040818303126103f4578051602082015190916001600160401b0382116103f4570182601f820112156103f4578051926001600160401b0384116102ce578360051b916020806100708186016103f8565b8097815201938201019182116103f457602001915b8183106103d45750505f80546001600160a01b03191633178155608092909252505b6001548110156100de57806100bd60019261041d565b838060a01b0391549060031b1c165f5260026020525f6040812055016100a7565b506001545f600155806103af575b505f905b805182101561033157600582901b8101602001516001600160a01b03169081151580610317575b156102e25760405160808101906001600160401b038211818310176102ce576040918252600180825260208083019182525f8385018181526060808601838152898452600290945295909120935184549351915192516001600160901b03199094166001600160601b03919091161790151590941b6cff000000000000000000000000169390931792151560681b6dff00000000000000000000000000169290921760709290921b63ffffffff60701b16919091179055600154680100000000000000008110156102ce57826101f682600161021a940160015561041d565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b6001545f198101908111610272575b80158015806102a0575b15610286575f198201918083116102725761026c906101f66102548561041d565b905460039190911b1c6001600160a01b03169161041d565b15610229575b634e487b7160e01b5f52601160045260245ffd5b506001926101f66102999295939561041d565b01906100f0565b505f198201828111610272576102b6859161041d565b905460039190911b1c6001600160a01b031611610233565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b50815f52600260205260ff60405f205460601c1615610117565b5f5b60015481101561038b578061034960019261041d565b905460039190911b1c60a083901b839003165f908152600260205260409020805463ffffffff60701b1916607083901b63ffffffff60701b1617905501610333565b5051600355604051611128908161044a823960805181818161024f01526108780152f35b60015f5260205f205f5b8281106103c75750506100ec565b5f828201556001016103b9565b82516001600160a01b03811681036103f457815260209283019201610085565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176102ce57604052565b6001548110156104355760015f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081631d2fc10e14610bd55750806341539d4a14610b775780634e43e495146107c3578063678871e6146107a75780638da5cb5b146107805780639300c926146103be578063a4b4de3814610272578063b14b0f5614610238578063c7e24ab7146101f1578063ca1e781914610129578063dff697871461010c578063ec7e4855146100ef5763facd743b146100ab575f80fd5b346100eb5760203660031901126100eb576001600160a01b036100cc610c3e565b165f526002602052602060ff60405f205460601c166040519015158152f35b5f80fd5b346100eb575f3660031901126100eb576020600554604051908152f35b346100eb575f3660031901126100eb576020600354604051908152f35b346100eb575f3660031901126100eb576040518060206001549283815201809260015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6905f5b8181106101d25750505081610187910382610cae565b604051918291602083019060208452518091526040830191905f5b8181106101b0575050500390f35b82516001600160a01b03168452859450602093840193909201916001016101a2565b82546001600160a01b0316845260209093019260019283019201610171565b346100eb5760403660031901126100eb5760243567ffffffffffffffff81116100eb576102306102276020923690600401610c54565b90600435610da3565b604051908152f35b346100eb575f3660031901126100eb5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100eb5760603660031901126100eb5761028b610c3e565b6024356001600160601b03811681036100eb5760443590811515928383036100eb576102c160018060a01b035f54163314610cd0565b60018060a01b03165f52600260205260405f2092835460ff8160601c16156103875760681c60ff1615150361030f575b6001600160601b039150166001600160601b03198254161790555f80f35b8115610367576003545f198101908111610353576001600160601b039261034e915b600355845460ff60681b191690151560681b60ff60681b16178455565b6102f1565b634e487b7160e01b5f52601160045260245ffd5b60035460018101809111610353576001600160601b039261034e91610331565b60405162461bcd60e51b815260206004820152600f60248201526e3737ba1030903b30b634b230ba37b960891b6044820152606490fd5b346100eb5760203660031901126100eb5760043567ffffffffffffffff81116100eb57366023820112156100eb5780600401359067ffffffffffffffff82116100eb578160051b91602483830101903682116100eb5761042860018060a01b035f54163314610cd0565b6104386020604051950185610cae565b83526024602084019201915b81831061076057835f5b6001548110156104855780610464600192611110565b838060a01b0391549060031b1c165f5260026020525f60408120550161044e565b506001545f60015580610720575b505f905b80518210156106bf57600582901b8101602001516001600160a01b031690811515806106a5575b156106705761055d6040516104d281610c92565b600180825260208083019182525f604080850182815260608087018481528a85526002909552919092209451855494519251935163ffffffff60701b60709190911b1671ffffffffffffffffffffffffffffffffffff199095166001600160601b039091161760ff60601b92151590911b919091161760ff60681b91151560681b9190911617179055565b6001546801000000000000000081101561065c57826105858260016105a99401600155611110565b81546001600160a01b0393841660039290921b91821b9390911b1916919091179055565b6001545f198101908111610353575b801580158061062e575b15610614575f19820191808311610353576105fb906105856105e385611110565b905460039190911b1c6001600160a01b031691611110565b156105b857634e487b7160e01b5f52601160045260245ffd5b5060019261058561062792959395611110565b0190610497565b505f198201828111610353576106448591611110565b905460039190911b1c6001600160a01b0316116105c2565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b50815f52600260205260ff60405f205460601c16156104be565b5f5b60015481101561071957806106d7600192611110565b905460039190911b1c60a083901b839003165f908152600260205260409020805463ffffffff60701b1916607083901b63ffffffff60701b16179055016106c1565b5051600355005b60015f525f5b8181106107335750610493565b5f7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6820155600101610726565b82356001600160a01b03811681036100eb57815260209283019201610444565b346100eb575f3660031901126100eb575f546040516001600160a01b039091168152602090f35b346100eb575f3660031901126100eb5760206040516127108152f35b346100eb5760403660031901126100eb5760043567ffffffffffffffff81116100eb57366023820112156100eb57806004013567ffffffffffffffff81116100eb5760248201818301913660248401116100eb5760243567ffffffffffffffff81116100eb57610837903690600401610c54565b94909360e08303610b405760e090829003126100eb5782356001600160a01b03811693908490036100eb5760448201359260648301359660848401359360c47f000000000000000000000000000000000000000000000000000000000000000091013503610b04576005549687610ad4575f5b8603610a9d57888611610a68576003548060011b90808204600214901517156103535760039004936001850180951161035357848310610a2b576109219361091960216040518381946020830196600160f81b88528484013781015f838201520301601f198101835282610cae565b519020610da3565b106109f0576127108401809411610353576040519160a083019183831067ffffffffffffffff84111761065c575f967fba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb5279460609460405282815260046020820191858352604081018481528782019042825260808301948b86528c8e528460205260408e2093518455516001840155516002830155516003820155019060018060a01b039051166001600160601b0360a01b8254161790558660055560405192835260208301526040820152a4005b60405162461bcd60e51b8152602060048201526013602482015272322f332b31206e6f6e2d6d616a6f726974792160681b6044820152606490fd5b60405162461bcd60e51b81526020600482015260156024820152744e6f7420656e6f756768207369676e61747572657360581b6044820152606490fd5b60405162461bcd60e51b815260206004820152600d60248201526c496e76616c69642072616e676560981b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e125b98dbdc9c9958dd081cdd185c9d608a1b6044820152606490fd5b875f526004602052600260405f20015460018101809111156108aa57634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b8152602060048201526014602482015273125b9d985b1a5908189bdc8818da185a5b881a5960621b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e0c4c2c840c8c2e8c240d8cadccee8d608b1b6044820152606490fd5b346100eb5760203660031901126100eb576004355f52600460205260a060405f2080549060018101549060028101546003820154916004600180881b0391015416926040519485526020850152604084015260608301526080820152f35b346100eb5760203660031901126100eb576080906001600160a01b03610bf9610c3e565b165f52600260205263ffffffff60405f20546001600160601b038116835260ff8160601c161515602084015260ff8160681c161515604084015260701c166060820152f35b600435906001600160a01b03821682036100eb57565b9181601f840112156100eb5782359167ffffffffffffffff83116100eb57602080850194606085020101116100eb57565b9190820180921161035357565b6080810190811067ffffffffffffffff82111761065c57604052565b90601f8019910116810190811067ffffffffffffffff82111761065c57604052565b15610cd757565b60405162461bcd60e51b815260206004820152600a60248201526937b7363c9037bbb732b960b11b6044820152606490fd5b9190820391821161035357565b9190811015610d26576060020190565b634e487b7160e01b5f52603260045260245ffd5b5f1981146103535760010190565b15610d4f57565b60405162461bcd60e51b815260206004820152602660248201527f756e7369676e65642d76616c696461746f72206172726179206f7574206f6620604482015265626f756e647360d01b6064820152608490fd5b909291925f9360015492600354610dba8186610c85565b935f925f945f925f925b828410610e36575b50505050508060011b90808204600214901517156103535760039004600181018091116103535786101580610e2d575b610e07575b50505050565b610e17610e1d92610e2495610d09565b90610c85565b1115610d48565b5f808080610e01565b50838210610dfc565b90929560ff6040610e4f8986989f9e9d9c9b9688610d16565b0135169a601b8c106110fe575b60ff5f9c16601b811480156110f4575b806110bc575b61101b575b506001600160a01b038c81169d9081168e8114611009578e10610ffa5763ffffffff98999a9b9c9d5f52600260205260405f2060405190610eb782610c92565b54906001600160601b0382169182825260ff8160601c16151592839182602085015260ff8160681c1615906060821595866040820152019e8f9160701c16905282610ff2575b5081610fe8575b5015610fa457505050610f1690610d3a565b9b928063ffffffff89511610155f14610f7257610f41600192610e1763ffffffff93848c5116610d09565b9751160163ffffffff81116103535763ffffffff60019116975b610f678a891115610d48565b019290939193610dc4565b909650898110610f8e575b610f88600191610d3a565b97610f5b565b95610e17610f9d92978b610d09565b9488610f7d565b91959a93995080929e5091610fe0575b50610fc2575b600190610f5b565b9695610fd8610fd2600192610d3a565b97610d3a565b979050610fba565b90505f610fb4565b905015155f610f04565b91505f610efd565b509b5095829798999a50610dcc565b509398999a9b509b5095600190610f67565b6020919c5060805f9161102f8b8a8a610d16565b358461103c8d8c8c610d16565b01359060405192888452868401526040830152606082015282805260015afa156110b1575f519a6001600160a01b038c1615611078575f610e77565b60405162461bcd60e51b8152602060048201526011602482015270496e76616c6964207369676e617475726560781b6044820152606490fd5b6040513d5f823e3d90fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a060206110eb8b8a8a610d16565b01351115610e72565b50601c8114610e6c565b9a601b0160ff8111610353579a610e5c565b600154811015610d265760015f5260205f2001905f9056",
}

// CheckpointManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use CheckpointManagerMetaData.ABI instead.
var CheckpointManagerABI = CheckpointManagerMetaData.ABI

// CheckpointManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CheckpointManagerMetaData.Bin instead.
var CheckpointManagerBin = CheckpointManagerMetaData.Bin

// DeployCheckpointManager deploys a new Ethereum contract, binding an instance of CheckpointManager to it.
func DeployCheckpointManager(auth *bind.TransactOpts, backend bind.ContractBackend, _childChainId *big.Int, _validators []common.Address) (common.Address, *types.Transaction, *CheckpointManager, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CheckpointManagerBin), backend, _childChainId, _validators)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// CheckpointManager is an auto generated Go binding around an Ethereum contract.
type CheckpointManager struct {
	CheckpointManagerCaller     // Read-only binding to the contract
	CheckpointManagerTransactor // Write-only binding to the contract
	CheckpointManagerFilterer   // Log filterer for contract events
}

// CheckpointManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type CheckpointManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CheckpointManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CheckpointManagerSession struct {
	Contract     *CheckpointManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CheckpointManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CheckpointManagerCallerSession struct {
	Contract *CheckpointManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CheckpointManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CheckpointManagerTransactorSession struct {
	Contract     *CheckpointManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CheckpointManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type CheckpointManagerRaw struct {
	Contract *CheckpointManager // Generic contract binding to access the raw methods on
}

// CheckpointManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CheckpointManagerCallerRaw struct {
	Contract *CheckpointManagerCaller // Generic read-only contract binding to access the raw methods on
}

// CheckpointManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactorRaw struct {
	Contract *CheckpointManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCheckpointManager creates a new instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManager(address common.Address, backend bind.ContractBackend) (*CheckpointManager, error) {
	contract, err := bindCheckpointManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// NewCheckpointManagerCaller creates a new read-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerCaller(address common.Address, caller bind.ContractCaller) (*CheckpointManagerCaller, error) {
	contract, err := bindCheckpointManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerCaller{contract: contract}, nil
}

// NewCheckpointManagerTransactor creates a new write-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*CheckpointManagerTransactor, error) {
	contract, err := bindCheckpointManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerTransactor{contract: contract}, nil
}

// NewCheckpointManagerFilterer creates a new log filterer instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*CheckpointManagerFilterer, error) {
	contract, err := bindCheckpointManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerFilterer{contract: contract}, nil
}

// bindCheckpointManager binds a generic wrapper to an already deployed contract.
func bindCheckpointManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.CheckpointManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transact(opts, method, params...)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CHECKPOINTIDINTERVAL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "CHECKPOINT_ID_INTERVAL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCaller) CheckSignatures(opts *bind.CallOpts, voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "checkSignatures", voteHash, sigs)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCallerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) ChildChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "childChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CurrentHeaderBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "currentHeaderBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCaller) HeaderBlocks(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "headerBlocks", arg0)

	outstruct := new(struct {
		Root      [32]byte
		Start     *big.Int
		End       *big.Int
		CreatedAt *big.Int
		Proposer  common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Start = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.End = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.CreatedAt = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Proposer = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCallerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerCaller) IsValidator(opts *bind.CallOpts, a common.Address) (bool, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "isValidator", a)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerSession) IsValidator(a common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, a)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address a) view returns(bool)
func (_CheckpointManager *CheckpointManagerCallerSession) IsValidator(a common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, a)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCallerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) StakerCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "stakerCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) StakerCount() (*big.Int, error) {
	return _CheckpointManager.Contract.StakerCount(&_CheckpointManager.CallOpts)
}

// StakerCount is a free data retrieval call binding the contract method 0xdff69787.
//
// Solidity: function stakerCount() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) StakerCount() (*big.Int, error) {
	return _CheckpointManager.Contract.StakerCount(&_CheckpointManager.CallOpts)
}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed, uint32 position)
func (_CheckpointManager *CheckpointManagerCaller) ValidatorState(opts *bind.CallOpts, arg0 common.Address) (struct {
	Stake    *big.Int
	Member   bool
	Jailed   bool
	Position uint32
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validatorState", arg0)

	outstruct := new(struct {
		Stake    *big.Int
		Member   bool
		Jailed   bool
		Position uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Stake = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Member = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Jailed = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Position = *abi.ConvertType(out[3], new(uint32)).(*uint32)

	return *outstruct, err

}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed, uint32 position)
func (_CheckpointManager *CheckpointManagerSession) ValidatorState(arg0 common.Address) (struct {
	Stake    *big.Int
	Member   bool
	Jailed   bool
	Position uint32
}, error) {
	return _CheckpointManager.Contract.ValidatorState(&_CheckpointManager.CallOpts, arg0)
}

// ValidatorState is a free data retrieval call binding the contract method 0x1d2fc10e.
//
// Solidity: function validatorState(address ) view returns(uint96 stake, bool member, bool jailed, uint32 position)
func (_CheckpointManager *CheckpointManagerCallerSession) ValidatorState(arg0 common.Address) (struct {
	Stake    *big.Int
	Member   bool
	Jailed   bool
	Position uint32
}, error) {
	return _CheckpointManager.Contract.ValidatorState(&_CheckpointManager.CallOpts, arg0)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCaller) Validators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCallerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidatorState(opts *bind.TransactOpts, validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidatorState", validator, stake, jailed)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidatorState(validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidatorState(&_CheckpointManager.TransactOpts, validator, stake, jailed)
}

// SetValidatorState is a paid mutator transaction binding the contract method 0xa4b4de38.
//
// Solidity: function setValidatorState(address validator, uint96 stake, bool jailed) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidatorState(validator common.Address, stake *big.Int, jailed bool) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidatorState(&_CheckpointManager.TransactOpts, validator, stake, jailed)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidators(opts *bind.TransactOpts, _validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidators", _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SubmitCheckpoint(opts *bind.TransactOpts, data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "submitCheckpoint", data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// CheckpointManagerNewHeaderBlockIterator is returned from FilterNewHeaderBlock and is used to iterate over the raw logs and unpacked data for NewHeaderBlock events raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlockIterator struct {
	Event *CheckpointManagerNewHeaderBlock // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointManagerNewHeaderBlockIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointManagerNewHeaderBlock)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointManagerNewHeaderBlock)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointManagerNewHeaderBlockIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointManagerNewHeaderBlockIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointManagerNewHeaderBlock represents a NewHeaderBlock event raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlock struct {
	Proposer      common.Address
	HeaderBlockId *big.Int
	Reward        *big.Int
	Start         *big.Int
	End           *big.Int
	Root          [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewHeaderBlock is a free log retrieval operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) FilterNewHeaderBlock(opts *bind.FilterOpts, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (*CheckpointManagerNewHeaderBlockIterator, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.FilterLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerNewHeaderBlockIterator{contract: _CheckpointManager.contract, event: "NewHeaderBlock", logs: logs, sub: sub}, nil
}

// WatchNewHeaderBlock is a free log subscription operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) WatchNewHeaderBlock(opts *bind.WatchOpts, sink chan<- *CheckpointManagerNewHeaderBlock, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (event.Subscription, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.WatchLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointManagerNewHeaderBlock)
				if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewHeaderBlock is a log parse operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) ParseNewHeaderBlock(log types.Log) (*CheckpointManagerNewHeaderBlock, error) {
	event := new(CheckpointManagerNewHeaderBlock)
	if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
